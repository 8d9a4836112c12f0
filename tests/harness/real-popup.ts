// The extension's real popup, as a click on its toolbar button opens it: `chrome.action.openPopup()`, a window of its
// own sized by its content, following the tab the user is on. Playwright has no Page for it, so it is spoken to
// through a CDP session on the whole browser.
import type { CDPSession, Page, Worker } from '@playwright/test';

export interface RealPopup {
  /** Evaluates an expression in the popup's page (awaiting a promise) and returns its value. */
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

/** A CDP session on the browser, listening for new targets: the one `openRealPopup` needs. */
export async function popupSession(session: CDPSession): Promise<CDPSession> {
  await session.send('Target.setDiscoverTargets', { discover: true });
  return session;
}

/**
 * What opens the popup: the extension's worker, or a page of the extension (which leaves a stopped worker asleep: the
 * popup a user opens after the worker slept).
 */
export type Opener = Pick<Worker, 'evaluate'> | Pick<Page, 'evaluate'>;

/** Opens `path` (the manifest's popup if not given) as the extension's popup. */
export async function openRealPopup(cdp: CDPSession, opener: Opener, path?: string): Promise<RealPopup> {
  const worker = opener as Pick<Worker, 'evaluate'>;
  const page = path ?? (await worker.evaluate(() => chrome.action.getPopup({}))).split('/').slice(3).join('/');
  if (path) await worker.evaluate((popup) => chrome.action.setPopup({ popup }), path);
  // The popup's target is announced as 'other' with no address, then changes to the page it loads.
  const created = new Promise<string>((resolve) => {
    const onTarget = ({ targetInfo }: { targetInfo: { type: string; url: string; targetId: string } }) => {
      if (targetInfo.type !== 'page' || !targetInfo.url.endsWith(`/${page}`)) return;
      cdp.off('Target.targetInfoChanged', onTarget);
      resolve(targetInfo.targetId);
    };
    cdp.on('Target.targetInfoChanged', onTarget);
  });
  await worker.evaluate(() => chrome.action.openPopup());
  const targetId = await created;
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  let asked = 0;
  type Evaluated = {
    result?: { value: unknown };
    exceptionDetails?: { text: string; exception?: { description?: string } };
  };
  return {
    async evaluate<T>(expression: string): Promise<T> {
      const id = ++asked;
      const answer = new Promise<Evaluated>((resolve) => {
        const onMessage = ({ message }: { message: string }) => {
          const reply = JSON.parse(message) as { id?: number; result?: Evaluated };
          if (reply.id !== id) return;
          cdp.off('Target.receivedMessageFromTarget', onMessage);
          resolve(reply.result ?? {});
        };
        cdp.on('Target.receivedMessageFromTarget', onMessage);
      });
      const params = { expression, awaitPromise: true, returnByValue: true };
      await cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method: 'Runtime.evaluate', params }),
      });
      const { result, exceptionDetails } = await answer;
      if (exceptionDetails || !result)
        throw new Error(
          `${page}: ${exceptionDetails?.exception?.description ?? exceptionDetails?.text ?? 'no answer'}`,
        );
      return result.value as T;
    },
    async close() {
      const closed = new Promise<void>((resolve) => {
        const onDestroyed = (event: { targetId: string }) => {
          if (event.targetId !== targetId) return;
          cdp.off('Target.targetDestroyed', onDestroyed);
          resolve();
        };
        cdp.on('Target.targetDestroyed', onDestroyed);
      });
      await cdp.send('Target.closeTarget', { targetId });
      await closed;
    },
  };
}
