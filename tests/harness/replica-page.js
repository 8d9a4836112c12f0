// Runs inside the replica watch page: YouTube's in-page navigation, ads and player swaps, driven by the tests.
(() => {
  const player = () => document.querySelector('#movie_player');
  const mainVideo = () => document.querySelector('#movie_player video');
  const flexy = () => document.querySelector('ytd-watch-flexy');
  const setText = (selector, text) => { document.querySelector(selector).textContent = text; };
  let savedTime = 0;

  const replica = {
    /** In-page navigation as YouTube does it: URL and DOM change, <meta> tags stay stale, then yt-navigate-finish. */
    navigate(target) {
      const video = window.replicaVideos[target];
      history.pushState({}, '', video ? `/watch?v=${target}` : '/');
      const element = mainVideo();
      if (video) {
        flexy().hidden = false;
        flexy().setAttribute('video-id', target);
        setText('ytd-watch-metadata h1 yt-formatted-string', video.title);
        setText('ytd-channel-name a', video.channel);
        document.title = `${video.title} - YouTube`;
        element.src = '/replica/talk.webm';
        element.play().catch(() => {});
      } else {
        element.pause();
        flexy().hidden = true;
        document.title = 'YouTube';
      }
      document.dispatchEvent(new CustomEvent('yt-navigate-finish', { bubbles: true }));
    },
    revealTitle() {
      const video = window.replicaVideos[new URLSearchParams(location.search).get('v')];
      setText('ytd-watch-metadata h1 yt-formatted-string', video.title);
      setText('ytd-channel-name a', video.channel);
      document.title = `${video.title} - YouTube`;
    },
    /** A mid-roll ad: the same <video> plays another source from 0 while #movie_player has ad-showing. */
    startAd() {
      const element = mainVideo();
      savedTime = element.currentTime;
      player().classList.add('ad-showing');
      element.src = '/replica/ad.webm';
      element.play().catch(() => {});
    },
    endAd() {
      const element = mainVideo();
      element.addEventListener('loadedmetadata', () => {
        element.currentTime = savedTime;
        player().classList.remove('ad-showing');
        element.play().catch(() => {});
      }, { once: true });
      element.src = '/replica/talk.webm';
    },
    /** YouTube sometimes swaps the <video> element for a new one. */
    replaceVideo() {
      const old = mainVideo();
      const fresh = document.createElement('video');
      fresh.className = old.className;
      fresh.muted = true;
      fresh.src = '/replica/talk.webm';
      fresh.addEventListener('loadedmetadata', () => { fresh.currentTime = old.currentTime; }, { once: true });
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

  // YouTube's player API, as the page's own world sees it: the video it plays, and the caption tracks it offers, each
  // with a timedtext URL that carries the proof-of-origin token (`pot`). After in-page navigation the player goes on
  // reporting the previous video for a moment, as the real one does.
  let playing = new URLSearchParams(location.search).get('v');
  const staleFor = (previous, next) => {
    playing = previous;
    setTimeout(() => { playing = next; }, 1200);
  };
  const trackUrl = (kind, token = 'replica-token') =>
    `/api/timedtext?v=${playing}&lang=en${kind ? `&kind=${kind}` : ''}${token ? `&pot=${token}` : ''}&at=${window.replicaCaptions.at}&fmt=srv3`;
  const attachApi = () => {
    const element = player();
    if (!element) return;
    element.getVideoData = () => ({ video_id: playing });
    element.getAudioTrack = () => {
      const offer = window.replicaCaptions.offer;
      const tracks = [];
      if (offer === 'both' || offer === 'asr') tracks.push({ languageCode: 'en', kind: 'asr', displayName: 'English (auto-generated)', vssId: 'a.en', url: trackUrl('asr') });
      if (offer === 'both') tracks.push({ languageCode: 'en', displayName: 'English', vssId: '.en', url: trackUrl('') });
      // Like a baseUrl from ytInitialPlayerResponse: no proof-of-origin token, so timedtext answers an empty 200.
      if (offer === 'tokenless') tracks.push({ languageCode: 'en', displayName: 'English', vssId: '.en', url: trackUrl('', '') });
      return { captionTracks: tracks };
    };
  };
  attachApi();
  const navigate = replica.navigate;
  replica.navigate = (target) => {
    staleFor(playing, target);
    navigate(target);
  };

  document.addEventListener('click', (event) => {
    const link = event.target.closest('a[data-nav]');
    if (!link) return;
    event.preventDefault();
    replica.navigate(link.dataset.nav);
  });
  const element = mainVideo();
  if (element?.getAttribute('src')) {
    element.muted = true;
    element.play().catch(() => {});
  }
})();
