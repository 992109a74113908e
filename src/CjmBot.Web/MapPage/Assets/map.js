// The live map page and the Teams tab pages. Everything the script needs comes from data- attributes of <body>
// (no inline script: the pages' Content-Security-Policy allows this file only). Participants' text arrives as
// HTML the server encoded; the script only swaps whole blocks it was sent and never builds markup from text.
(() => {
  'use strict';

  const body = document.body;
  const data = body.dataset;
  const RECENT_KEY = 'cjmbot.recentMaps';
  const RECENT_MAX = 12;

  /** Loads the Teams JavaScript client library, only inside a frame (Teams), and sets the page to Teams' theme. */
  function inTeams(then) {
    if (window.parent === window || !data.teamsScript) return;
    const script = document.createElement('script');
    script.src = data.teamsScript;
    script.onload = () => {
      const teams = window.microsoftTeams;
      if (!teams || !teams.app) return;
      teams.app.initialize().then(() => {
        teams.app.getContext().then((context) => {
          applyTheme(context.app && context.app.theme);
          teams.app.registerOnThemeChangeHandler(applyTheme);
          then(teams, context);
        });
      }).catch(() => { /* not in Teams after all: a plain browser page */ });
    };
    document.head.appendChild(script);
  }

  function applyTheme(theme) {
    document.documentElement.dataset.theme = theme === 'dark' || theme === 'contrast' ? theme : 'default';
  }

  function recentMaps() {
    try {
      const list = JSON.parse(window.localStorage.getItem(RECENT_KEY) || '[]');
      return Array.isArray(list) ? list.filter((m) => m && typeof m.url === 'string' && typeof m.title === 'string') : [];
    } catch {
      return [];
    }
  }

  function remember(url, title) {
    try {
      const list = recentMaps().filter((m) => mapKey(m.url) !== mapKey(url));
      list.unshift({ url, title, at: Date.now() });
      window.localStorage.setItem(RECENT_KEY, JSON.stringify(list.slice(0, RECENT_MAX)));
    } catch { /* storage unavailable: nothing to remember */ }
  }

  /** The workshop a map link is for (its path), so a fresher link replaces an older one. */
  function mapKey(url) {
    try { return new URL(url, window.location.href).pathname; } catch { return url; }
  }

  // --- The live map page -----------------------------------------------------------------------------------
  function mapPage() {
    const liveState = document.getElementById('live-state');
    const updated = document.getElementById('updated');
    let version = data.version;
    let offset = Number(data.now) - Date.now();
    let source = null;
    let finished = false;
    let retryDelay = 2000;

    function say(template, n) { return template.replace('{0}', String(n)); }

    function tick() {
      const changed = document.getElementById('changed-at');
      const at = changed ? Date.parse(changed.getAttribute('datetime')) : NaN;
      if (Number.isNaN(at)) { updated.textContent = ''; return; }
      const seconds = Math.max(0, Math.round((Date.now() + offset - at) / 1000));
      updated.textContent = seconds < 5 ? data.tJustNow
        : seconds < 60 ? say(data.tSeconds, seconds)
          : seconds < 3600 ? say(data.tMinutes, Math.floor(seconds / 60))
            : seconds < 86400 ? say(data.tHours, Math.floor(seconds / 3600))
              : say(data.tDays, Math.floor(seconds / 86400));
    }

    function state(text, online) {
      if (liveState.textContent !== text) liveState.textContent = text;
      body.classList.toggle('offline', !online);
    }

    function stop(message) {
      finished = true;
      if (source) source.close();
      state(message, false);
      updated.textContent = '';
    }

    function apply(update) {
      for (const [id, html] of Object.entries(update.blocks || {})) {
        const element = document.getElementById('b-' + id);
        if (element) element.outerHTML = html;
      }
      version = update.v;
      body.dataset.version = version;
      tick();
    }

    /** After the stream failed for good (not a 200 event stream): find out why from the page's own address. */
    function diagnose() {
      fetch(window.location.href, { method: 'GET', cache: 'no-store', credentials: 'omit' }).then((response) => {
        if (response.status === 404) stop(data.tDeleted);
        else if (response.status === 410 || response.status === 403) stop(data.tExpired);
        else window.setTimeout(connect, retryDelay);
      }).catch(() => window.setTimeout(connect, retryDelay));
      retryDelay = Math.min(retryDelay * 2, 30000);
    }

    function connect() {
      if (finished) return;
      const url = data.stream + (data.stream.includes('?') ? '&' : '?') + 'v=' + encodeURIComponent(version);
      source = new EventSource(url);
      source.addEventListener('hello', (event) => {
        const hello = JSON.parse(event.data);
        offset = hello.now - Date.now();
        retryDelay = 2000;
        state(data.tLive, true);
        tick();
      });
      source.addEventListener('update', (event) => apply(JSON.parse(event.data)));
      source.addEventListener('reload', () => { finished = true; source.close(); window.location.reload(); });
      source.addEventListener('gone', () => stop(data.tDeleted));
      source.addEventListener('expired', () => stop(data.tExpired));
      source.onerror = () => {
        if (finished) return;
        state(data.tReconnecting, false);
        if (source.readyState === EventSource.CLOSED) diagnose();
      };
    }

    document.getElementById('print').addEventListener('click', () => window.print());
    remember(window.location.href, data.title || document.title);
    window.setInterval(tick, 1000);
    tick();
    connect();
    inTeams(() => {});
  }

  // --- The Teams tab pages -------------------------------------------------------------------------------
  function tabPage() {
    const configuration = data.tab === 'config';
    const list = document.getElementById('recent');
    const input = document.getElementById('link');
    const problem = document.getElementById('link-problem');
    let chosen = null;
    let teams = null;

    function isMapLink(url) {
      try {
        const parsed = new URL(url, window.location.href);
        return parsed.origin === window.location.origin && parsed.pathname.startsWith(data.mapPrefix)
          && parsed.pathname.split('/').length === 3 && parsed.searchParams.has('sig');
      } catch {
        return false;
      }
    }

    function choose(url, title) {
      if (!isMapLink(url)) {
        problem.textContent = data.tNotAMap;
        return;
      }
      problem.textContent = '';
      const absolute = new URL(url, window.location.href).href;
      if (!configuration) {
        window.location.href = absolute;
        return;
      }
      chosen = { url: absolute, title: title || document.title };
      for (const item of list.querySelectorAll('button')) item.setAttribute('aria-pressed', String(item.dataset.url === absolute));
      if (teams) teams.pages.config.setValidityState(true);
    }

    function show() {
      const maps = recentMaps();
      list.replaceChildren();
      if (maps.length === 0) {
        const none = document.createElement('li');
        none.className = 'none';
        none.textContent = data.tNone;
        list.appendChild(none);
        return;
      }
      for (const map of maps) {
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = map.title;
        button.dataset.url = map.url;
        button.setAttribute('aria-pressed', 'false');
        button.addEventListener('click', () => choose(map.url, map.title));
        item.appendChild(button);
        list.appendChild(item);
      }
    }

    document.getElementById('open').addEventListener('click', () => choose(input.value.trim(), ''));
    show();
    inTeams((client) => {
      if (!configuration || !client.pages || !client.pages.config) return;
      teams = client;
      client.pages.config.registerOnSaveHandler((save) => {
        if (!chosen) { save.notifyFailure(data.tNotAMap); return; }
        client.pages.config.setConfig({
          entityId: mapKey(chosen.url),
          contentUrl: chosen.url,
          websiteUrl: chosen.url,
          suggestedDisplayName: chosen.title.slice(0, 128),
        }).then(() => save.notifySuccess(), (error) => save.notifyFailure(String(error)));
      });
      client.pages.config.setValidityState(chosen !== null);
    });
  }

  if (body.classList.contains('map-page')) mapPage();
  else if (body.classList.contains('tab')) tabPage();
})();
