// What tests/harness/replica-page.js puts on the replica page's window.
interface Window {
  replica: {
    /** Resolves once the page shows the new video. */
    navigate(target: string): Promise<void>;
    revealTitle(): void;
    startAd(options?: { keepBar?: boolean }): void;
    endAd(): void;
    replaceVideo(): Promise<void>;
    seek(seconds: number): Promise<void>;
    rebuildBar(): void;
    resizePlayer(width: number): void;
  };
}
