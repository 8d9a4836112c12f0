// Runs inside the replica's YouTube pages (window.replicaKind: the desktop watch page, the mobile one, or the
// embedded player): YouTube's in-page navigation, ads and player swaps, its player API, and the desktop seek bar
// (chapter blocks with 2 px gaps, timed markers, scrubber, tooltip; rebuilt now and then), driven by the tests. The
// pages send YouTube's script policy, Trusted Types included: this script builds its DOM without HTML strings.
(() => {
  // YouTube's names, or those a redesign gave them (the replica's `drift=` option): see driftNames in replica.ts.
  const names = window.replicaNames;
  const drift = window.replicaDrift;
  const player = () => document.getElementById(names.player);
  const mainVideo = () => player()?.querySelector('video') ?? null;
  const flexy = () => document.querySelector('ytd-watch-flexy');
  const setText = (selector, text) => {
    document.querySelector(selector).textContent = text;
  };
  let savedTime = 0;
  /** The video of this page: ?v= on watch pages, the path on /embed/ID and /live/ID. */
  const currentId = () =>
    new URLSearchParams(location.search).get('v') ?? /^\/(?:embed|live)\/([\w-]+)/.exec(location.pathname)?.[1] ?? null;
  const mobile = window.replicaKind === 'mobile';

  // The seek bar as YouTube's desktop player draws it, sized in px from the player's width.
  const GAP = 2;
  const make = (tag, className, parent) =>
    parent.appendChild(Object.assign(document.createElement(tag), { className }));
  let bar = { length: 0, chapters: [] };
  const layBar = () => {
    const container = document.querySelector(`.${names.barContainer}`);
    if (!container) return;
    const progress = container.querySelector(`.${names.bar}`);
    progress.setAttribute(
      'aria-valuemax',
      String(
        Math.round(
          window.replicaBar.length && !player().classList.contains('ad-showing')
            ? window.replicaBar.length
            : bar.length,
        ),
      ),
    );
    const blocks = [...container.querySelectorAll('.ytp-chapter-hover-container')];
    const width = container.clientWidth;
    const usable = width - GAP * (blocks.length - 1);
    blocks.forEach((block, index) => {
      const start = bar.chapters[index] ?? 0;
      const end = bar.chapters[index + 1] ?? bar.length;
      block.style.width = `${bar.length ? ((end - start) / bar.length) * usable : usable}px`;
      block.style.marginRight = index < blocks.length - 1 ? `${GAP}px` : '0px';
    });
  };
  /** Builds the bar anew, as YouTube does on player updates and for an ad: new elements, the old ones gone. */
  const buildBar = () => {
    document.querySelector(`.${names.barContainer}`)?.remove();
    const bottom = document.querySelector('.ytp-chrome-bottom');
    if (!bottom || window.replicaBar.absent) return;
    const ad = player().classList.contains('ad-showing');
    const video = mainVideo();
    bar = {
      length: Number.isFinite(video.duration) ? video.duration : 0,
      chapters: ad ? [] : (window.replicaBar.chapters[currentId()] ?? []),
    };
    const container = make('div', names.barContainer, bottom);
    const progress = make('div', names.bar, container);
    progress.setAttribute('role', 'slider');
    progress.setAttribute('aria-valuemin', '0');
    const chapters = make('div', 'ytp-chapters-container', progress);
    for (let i = 0; i < Math.max(1, bar.chapters.length); i++)
      make('div', 'ytp-progress-list', make('div', 'ytp-chapter-hover-container', chapters));
    make('div', 'ytp-timed-markers-container', progress);
    make('div', 'ytp-scrubber-button', make('div', 'ytp-scrubber-container', progress));
    // A press on the bar seeks to the pointer, as YouTube's does.
    container.addEventListener('mousedown', (event) => {
      const box = container.getBoundingClientRect();
      mainVideo().currentTime = ((event.clientX - box.left) / box.width) * bar.length;
    });
    container.addEventListener('mousemove', (event) => {
      const box = container.getBoundingClientRect();
      const tooltip = document.querySelector('.ytp-tooltip');
      tooltip.hidden = false;
      const seconds = Math.round(((event.clientX - box.left) / box.width) * bar.length);
      tooltip.querySelector('.ytp-tooltip-text').textContent =
        `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
    });
    container.addEventListener('mouseleave', () => (document.querySelector('.ytp-tooltip').hidden = true));
    layBar();
  };

  const replica = {
    /**
     * In-page navigation as YouTube does it: URL and DOM change, <meta> tags stay stale, then yt-navigate-finish. The
     * mobile site announces it with state-navigatestart and state-navigateend on window instead, and redraws the page
     * only after the URL changed.
     */
    navigate(target) {
      const video = window.replicaVideos[target];
      if (mobile) window.dispatchEvent(new Event('state-navigatestart'));
      history.pushState({}, '', video ? `/watch?v=${target}` : '/');
      // Resolves once the page shows the new video.
      if (mobile) return new Promise((resolve) => setTimeout(() => resolve(navigateMobile(target, video)), 150));
      const element = mainVideo();
      if (video) {
        flexy().hidden = false;
        flexy().setAttribute('video-id', target);
        setText(`${names.metadata} h1 yt-formatted-string`, video.title);
        setText(`${names.channelName} a`, video.channel);
        document.title = `${video.title} - YouTube`;
        element.addEventListener('loadedmetadata', buildBar, { once: true });
        element.src = '/replica/talk.webm';
        element.play().catch(() => {});
      } else {
        element.pause();
        flexy().hidden = true;
        document.title = 'YouTube';
      }
      // `drift=navigation`: YouTube no longer says so.
      if (!drift.includes('navigation'))
        document.dispatchEvent(new CustomEvent('yt-navigate-finish', { bubbles: true }));
      return Promise.resolve();
    },
    revealTitle() {
      const video = window.replicaVideos[currentId()];
      setText(`${names.metadata} h1 yt-formatted-string`, video.title);
      setText(`${names.channelName} a`, video.channel);
      document.title = `${video.title} - YouTube`;
    },
    /**
     * A mid-roll ad: the same <video> plays another source from 0 while #movie_player has ad-showing. YouTube swaps
     * in the ad's seek bar, unless `keepBar`.
     */
    startAd({ keepBar = false } = {}) {
      const element = mainVideo();
      savedTime = element.currentTime;
      player().classList.add('ad-showing');
      if (!keepBar) element.addEventListener('loadedmetadata', buildBar, { once: true });
      element.src = '/replica/ad.webm';
      element.play().catch(() => {});
    },
    endAd() {
      const element = mainVideo();
      element.addEventListener(
        'loadedmetadata',
        () => {
          element.currentTime = savedTime;
          player().classList.remove('ad-showing');
          buildBar();
          element.play().catch(() => {});
        },
        { once: true },
      );
      element.src = '/replica/talk.webm';
    },
    /** YouTube rebuilds its seek bar on player updates and layout changes. */
    rebuildBar: buildBar,
    /** The player resized (theatre mode, full screen, a narrower window): the chapter blocks are laid out again. */
    resizePlayer(width) {
      player().style.width = `${width}px`;
      layBar();
    },
    /** YouTube sometimes swaps the <video> element for a new one. */
    replaceVideo() {
      const old = mainVideo();
      const fresh = document.createElement('video');
      fresh.className = old.className;
      fresh.muted = true;
      fresh.src = '/replica/talk.webm';
      fresh.addEventListener(
        'loadedmetadata',
        () => {
          fresh.currentTime = old.currentTime;
        },
        { once: true },
      );
      old.pause();
      old.replaceWith(fresh);
      return new Promise((resolve) => fresh.addEventListener('seeked', resolve, { once: true }));
    },
    seek(seconds) {
      const element = mainVideo();
      element.currentTime = seconds;
      return new Promise((resolve) => element.addEventListener('seeked', resolve, { once: true }));
    },
  };
  window.replica = replica;

  const navigateMobile = (target, video) => {
    const element = mainVideo();
    document.querySelector('ytm-watch').hidden = !video;
    setText('.slim-video-information-title .ytAttributedStringHost', video?.title ?? '');
    setText('.slim-owner-channel-name', video?.channel ?? '');
    document.title = video ? `${video.title} - YouTube` : 'YouTube';
    if (video) {
      element.src = '/replica/talk.webm';
      element.play().catch(() => {});
    } else element.pause();
    if (!drift.includes('navigation')) window.dispatchEvent(new Event('state-navigateend'));
  };

  // YouTube's player API, as the page's own world sees it: the video it plays, and the caption tracks it offers, each
  // with a timedtext URL that carries the proof-of-origin token (`pot`) once the player has minted it (at once, late,
  // or never). After in-page navigation the player goes on reporting the previous video for a moment, as the real one
  // does. An embed can be made without it (noApi=1).
  const captions = window.replicaCaptions;
  let playing = currentId();
  const loadedAt = Date.now();
  const staleFor = (previous, next) => {
    playing = previous;
    setTimeout(() => {
      playing = next;
    }, 1200);
  };
  const minted = () => captions.token !== 'never' && Date.now() - loadedAt >= captions.token;
  /**
   * The player's response for the video it plays: built from YouTube's recorded web response (tests/harness/
   * recorded.ts), each track URL carrying the proof-of-origin token once the player has minted it.
   */
  const response = () => {
    const recorded = window.replicaResponses[playing];
    if (!recorded) return undefined;
    const copy = JSON.parse(JSON.stringify(recorded));
    const token = captions.offer !== 'tokenless' && minted();
    for (const track of copy.captions?.playerCaptionsTracklistRenderer?.captionTracks ?? [])
      if (token) track.baseUrl += '&pot=replica-token';
    const length = mainVideo()?.duration;
    if (copy.videoDetails && Number.isFinite(length)) copy.videoDetails.lengthSeconds = String(Math.round(length));
    return copy;
  };
  const tracks = () => response()?.captions?.playerCaptionsTracklistRenderer?.captionTracks ?? [];
  // The captions shown on the video: the user's setting (the CC button), or the API's setOption.
  let captionsOn = false;
  const showCaptions = (on) => {
    captionsOn = on;
    document.querySelector('.ytp-subtitles-button')?.setAttribute('aria-pressed', String(on));
    // Switched on, the player asks for its default track itself, as json3, with its token (unless `playerToken=no`):
    // the track's URL and the parameters the web player adds (PRODUCT.md, "what changed").
    const track = tracks().find((offered) => offered.kind !== 'asr') ?? tracks()[0];
    if (on && track)
      fetch(
        `${track.baseUrl.replace(/&pot=[^&]*/, '')}${captions.playerToken ? '&potc=1&pot=player-token' : ''}&fmt=json3&xorb=2&xobt=3&xovt=3&cbr=Chrome&c=WEB&cver=2.20250324.09.00&cplayer=UNIPLAYER&cos=X11&cplatform=DESKTOP`,
      ).catch(() => {});
  };
  const attachApi = () => {
    const element = player();
    if (!element || (window.replicaKind === 'embed' && document.body.dataset.api !== '1')) return;
    element.getPlayerResponse = response;
    // `drift=playerApi`: a player without the methods that name its video and list its tracks.
    if (!drift.includes('playerApi')) {
      element.getVideoData = () => ({ video_id: playing });
      // The tracks as the player holds them, with only what peers read of them there: the language, its name and the
      // URL (asbplayer reads `url`, `languageCode` and, for a label, `languageName`).
      element.getAudioTrack = () => ({
        captionTracks: tracks().map((track) => ({
          languageCode: track.languageCode,
          languageName: track.name.simpleText ?? track.name.runs.map((run) => run.text).join(''),
          url: track.baseUrl,
        })),
      });
    }
    let module = false;
    element.loadModule = (name) => {
      if (name === 'captions') module = true;
    };
    element.unloadModule = (name) => {
      if (name === 'captions') {
        module = false;
        showCaptions(false);
      }
    };
    element.getOption = (name, option) =>
      name === 'captions' && option === 'track' ? (captionsOn ? { languageCode: 'en' } : {}) : undefined;
    element.setOption = (name, option, value) => {
      if (name === 'captions' && option === 'track' && module && captions.offer !== 'none')
        showCaptions(Boolean(value && value.languageCode));
    };
    const button = document.querySelector('.ytp-subtitles-button');
    button?.addEventListener('click', () => showCaptions(!captionsOn));
    if (captions.userOn && captions.offer !== 'none') showCaptions(true);
  };
  attachApi();

  // YouTube's own transcript panel, opened from the description: the 2026 one (PAmodern_transcript_view) or the older
  // one; it fills a moment after it opens, in parts.
  const transcriptButton = document.querySelector('ytd-video-description-transcript-section-renderer button');
  transcriptButton?.addEventListener('click', async () => {
    const lines = await (
      await fetch(`/replica/transcript?v=${playing}&at=${captions.at}${captions.offer === 'asr' ? '&kind=asr' : ''}`)
    ).json();
    const modern = captions.panel !== 'old';
    const panel = make('ytd-engagement-panel-section-list-renderer', '', document.querySelector('#panels'));
    // The panel the description's button opens, as recorded watch-next responses name it (replica-pages.ts).
    panel.setAttribute('target-id', window.replicaPanels[modern ? 'modern' : 'old']);
    panel.setAttribute('visibility', 'ENGAGEMENT_PANEL_VISIBILITY_EXPANDED');
    const list = make('div', 'segments', panel);
    const spoken = (seconds) => {
      const minutes = Math.floor(seconds / 60);
      const rest = seconds % 60;
      return (
        [minutes && `${minutes} minute${minutes === 1 ? '' : 's'}`, rest && `${rest} second${rest === 1 ? '' : 's'}`]
          .filter(Boolean)
          .join(', ') || '0 seconds'
      );
    };
    const segment = ({ start, text }) => {
      const time = `${Math.floor(start / 60)}:${String(start % 60).padStart(2, '0')}`;
      if (!modern) {
        const row = make('ytd-transcript-segment-renderer', '', list);
        make('div', 'segment-timestamp', row).textContent = time;
        make('yt-formatted-string', 'segment-text', row).textContent = text;
        return;
      }
      const row = make('transcript-segment-view-model', 'ytwTranscriptSegmentViewModelHost', list);
      const stamp = make('div', 'ytwTranscriptSegmentViewModelTimestamp', row);
      stamp.setAttribute('aria-hidden', 'true');
      stamp.textContent = time;
      make('span', 'ytwTranscriptSegmentViewModelTimestampA11yLabel', row).textContent = spoken(start);
      const words = make('span', 'ytAttributedStringHost', row);
      words.setAttribute('role', 'text');
      words.textContent = text;
    };
    const parts = 3;
    const size = Math.ceil(lines.length / parts);
    for (let part = 0; part < parts; part++) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      lines.slice(part * size, (part + 1) * size).forEach(segment);
    }
  });
  const navigate = replica.navigate;
  replica.navigate = (target) => {
    staleFor(playing, target);
    return navigate(target);
  };

  document.addEventListener('click', (event) => {
    const link = event.target.closest('a[data-nav]');
    if (!link) return;
    event.preventDefault();
    replica.navigate(link.dataset.nav);
  });
  const element = mainVideo();
  // `drift=lateVideo`: the player puts its <video> in 3 s after the page loads.
  if (element && drift.includes('lateVideo')) {
    const slot = element.parentElement;
    element.remove();
    setTimeout(() => slot.append(element), 3000);
  }
  if (element) {
    // The bar follows the video: built once its length is known, the scrubber moved as it plays.
    if (element.readyState >= 1) buildBar();
    else element.addEventListener('loadedmetadata', buildBar, { once: true });
    element.addEventListener('timeupdate', () => {
      const scrubber = document.querySelector('.ytp-scrubber-container');
      const container = document.querySelector(`.${names.barContainer}`);
      if (scrubber && container && bar.length)
        scrubber.style.transform = `translateX(${(element.currentTime / bar.length) * container.clientWidth}px)`;
      document.querySelector(`.${names.bar}`)?.setAttribute('aria-valuenow', String(Math.round(element.currentTime)));
    });
  }
  if (element?.getAttribute('src')) {
    element.muted = true;
    element.play().catch(() => {});
  }
})();
