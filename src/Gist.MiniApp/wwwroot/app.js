// Gist Mini App. Plain JavaScript, no third-party code: Telegram's launch parameters are read from the URL
// fragment (https://core.telegram.org/bots/webapps#initializing-mini-apps) instead of loading telegram-web-app.js.
// Every piece of data reaches the page as text (textContent, createTextNode); nothing is parsed as HTML.
'use strict';

(() => {
  const SVG = 'http://www.w3.org/2000/svg';
  const main = document.getElementById('main');
  const status = document.getElementById('status');
  const launch = readLaunch();
  const state = { view: 'digest', dates: [], date: null, openArticle: null };

  // ---- launch parameters, theme, Telegram events ----

  function readLaunch() {
    const hash = new URLSearchParams(location.hash.slice(1));
    const query = new URLSearchParams(location.search);
    let initData = hash.get('tgWebAppData');
    let theme = hash.get('tgWebAppThemeParams');
    try {
      // Telegram may reload the page without the fragment; keep the launch for this tab only.
      if (initData) { sessionStorage.setItem('gist.initData', initData); } else { initData = sessionStorage.getItem('gist.initData'); }
      if (theme) { sessionStorage.setItem('gist.theme', theme); } else { theme = sessionStorage.getItem('gist.theme'); }
    } catch (e) { /* storage may be disabled */ }
    let themeParams = {};
    try { themeParams = theme ? JSON.parse(theme) : {}; } catch (e) { themeParams = {}; }
    return { initData, themeParams, digest: query.get('digest'), article: query.get('article') };
  }

  function applyTheme(params) {
    const root = document.documentElement;
    for (const [key, value] of Object.entries(params || {})) {
      if (/^[a-z_]+$/.test(key) && typeof value === 'string' && /^#[0-9a-fA-F]{3,8}$/.test(value)) {
        root.style.setProperty('--tg-theme-' + key.replace(/_/g, '-'), value);
      }
    }
    if (params && typeof params.bg_color === 'string') {
      root.dataset.theme = isDark(params.bg_color) ? 'dark' : 'light';
    }
  }

  function isDark(hex) {
    const h = hex.replace('#', '');
    const full = h.length === 3 ? h.split('').map(c => c + c).join('') : h.slice(0, 6);
    const [r, g, b] = [0, 2, 4].map(i => parseInt(full.slice(i, i + 2), 16) / 255);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
  }

  function postEvent(type, data) {
    const payload = JSON.stringify(data || {});
    try {
      if (window.TelegramWebviewProxy && window.TelegramWebviewProxy.postEvent) {
        window.TelegramWebviewProxy.postEvent(type, payload);
      } else if (window.parent !== window) {
        window.parent.postMessage(JSON.stringify({ eventType: type, eventData: data || {} }), 'https://web.telegram.org');
      }
    } catch (e) { /* outside Telegram */ }
  }

  // ---- DOM helpers: text only ----

  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === null || value === undefined || value === false) { continue; }
      if (key === 'onclick') { node.addEventListener('click', value); } else if (key === 'href') { const safe = safeUrl(value); if (safe) { node.setAttribute('href', safe); } } else { node.setAttribute(key, value === true ? '' : String(value)); }
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) { continue; }
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function svg(tag, attrs, text) {
    const node = document.createElementNS(SVG, tag);
    for (const [key, value] of Object.entries(attrs || {})) { node.setAttribute(key, String(value)); }
    if (text !== undefined) { node.textContent = String(text); }
    return node;
  }

  function safeUrl(value) {
    try {
      const url = new URL(String(value), location.href);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
    } catch (e) { return null; }
  }

  function show(...nodes) { main.replaceChildren(...nodes); }
  function say(text, isError) { status.textContent = text || ''; status.classList.toggle('error', !!isError); }
  function languageName(code) {
    if (!code) { return ''; }
    try { return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) || code; } catch (e) { return code; }
  }
  function when(iso) {
    const d = new Date(iso);
    return isNaN(d) ? '' : d.toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
  }
  function longDate(day) {
    const d = new Date(day + 'T12:00:00Z');
    return isNaN(d) ? day : d.toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  }
  function plural(n, one, many) { return n === 1 ? '1 ' + one : n + ' ' + many; }

  // ---- API ----

  async function api(path, options) {
    const headers = { 'Accept': 'application/json' };
    if (launch.initData) { headers['Authorization'] = 'tma ' + launch.initData; }
    if (options && options.body !== undefined) { headers['Content-Type'] = 'application/json'; }
    const response = await fetch('api/' + path, {
      method: (options && options.method) || 'GET', headers, credentials: 'omit', cache: 'no-store',
      body: options && options.body !== undefined ? JSON.stringify(options.body) : undefined,
    });
    let body = null;
    try { body = await response.json(); } catch (e) { body = null; }
    if (response.status === 401) { throw Object.assign(new Error('Open Gist from its button in Telegram to see your digests.'), { unauthorized: true }); }
    if (!response.ok) { throw new Error((body && body.error) || 'The request failed (' + response.status + ').'); }
    return body;
  }

  // ---- charts (SVG drawn here) ----

  // Per story: one row per outlet, a dot at each time it reported; the time axis spans the story's reports.
  function coverageChart(story) {
    const outlets = story.outlets || [];
    const names = [...new Set(outlets.map(o => o.name))];
    const times = outlets.map(o => new Date(o.reportedAt).getTime()).filter(t => !isNaN(t));
    if (names.length === 0 || times.length === 0) { return null; }
    const min = Math.min(...times), max = Math.max(...times);
    const span = Math.max(max - min, 3600 * 1000);
    const left = 120, right = 12, top = 8, row = 22, width = 360;
    const height = top + names.length * row + 24;
    const chart = svg('svg', { class: 'chart coverage', viewBox: `0 0 ${width} ${height}`, role: 'img', 'data-outlets': names.length });
    chart.append(svg('title', {}, `Coverage: ${names.length} outlets between ${when(new Date(min).toISOString())} and ${when(new Date(max).toISOString())}`));
    const x = t => left + ((t - min) / span) * (width - left - right);
    names.forEach((name, i) => {
      const y = top + i * row + row / 2;
      chart.append(svg('text', { x: 4, y: y + 4, class: 'outlet-label' }, name.length > 18 ? name.slice(0, 17) + '…' : name));
      chart.append(svg('line', { x1: left, x2: width - right, y1: y, y2: y, class: 'axis' }));
      for (const o of outlets.filter(o => o.name === name)) {
        const t = new Date(o.reportedAt).getTime();
        if (isNaN(t)) { continue; }
        const dot = svg('circle', { cx: x(t).toFixed(1), cy: y, r: 5, class: 'dot' });
        dot.append(svg('title', {}, `${name} · ${when(o.reportedAt)}`));
        chart.append(dot);
      }
    });
    const base = top + names.length * row + 14;
    chart.append(svg('text', { x: left, y: base, class: 'muted' }, when(new Date(min).toISOString())));
    chart.append(svg('text', { x: width - right, y: base, 'text-anchor': 'end', class: 'muted' }, when(new Date(max).toISOString())));
    return chart;
  }

  // Per digest: the stories by how many outlets cover them, widest first.
  function widestChart(digest) {
    const stories = [...(digest.stories || [])].sort((a, b) => b.outletCount - a.outletCount).slice(0, 8);
    if (stories.length === 0) { return null; }
    const most = Math.max(...stories.map(s => s.outletCount), 1);
    const row = 24, width = 360, label = 200;
    const chart = svg('svg', { class: 'chart widest', viewBox: `0 0 ${width} ${stories.length * row + 4}`, role: 'img' });
    chart.append(svg('title', {}, 'Stories by the number of outlets that cover them'));
    stories.forEach((s, i) => {
      const y = i * row + 2;
      const w = Math.max(4, (s.outletCount / most) * (width - label - 40));
      chart.append(svg('text', { x: 0, y: y + 15 }, `${s.number}. ${s.headline.length > 30 ? s.headline.slice(0, 29) + '…' : s.headline}`));
      const bar = svg('rect', { x: label, y: y + 4, width: w.toFixed(1), height: row - 10, rx: 3, class: 'bar-fill', 'data-outlets': s.outletCount });
      bar.append(svg('title', {}, `${s.headline}: ${plural(s.outletCount, 'outlet', 'outlets')}`));
      chart.append(bar);
      chart.append(svg('text', { x: label + w + 6, y: y + 15, class: 'muted' }, s.outletCount));
    });
    return chart;
  }

  // ---- claims and evidence ----

  function evidenceBlock(claim) {
    const box = el('div', { class: 'evidence', hidden: true });
    for (const e of claim.evidence || []) {
      box.append(el('blockquote', { dir: 'auto', lang: e.language || null, class: 'quote' }, e.quote));
      const source = el('p', { class: 'source' }, e.outlet, e.language ? ' · ' + languageName(e.language) : '');
      if (safeUrl(e.link)) { source.append(' · ', el('a', { href: e.link, target: '_blank', rel: 'noopener noreferrer' }, 'Source')); }
      box.append(source);
    }
    return box;
  }

  function claimItem(claim, tag) {
    const count = claim.outletCount || (claim.evidence || []).length || 1;
    const evidence = evidenceBlock(claim);
    const toggle = el('button', { type: 'button', 'aria-expanded': 'false', class: 'claim-toggle' },
      el('span', { class: 'count' + (count > 1 ? ' many' : ''), title: plural(count, 'outlet', 'outlets') }, String(count)),
      el('span', { class: 'claim-text' }, claim.speaker && !/outlet/i.test(claim.speaker) ? el('span', { class: 'speaker' }, claim.speaker + ': ') : null, claim.text));
    toggle.addEventListener('click', () => {
      const open = evidence.hidden;
      evidence.hidden = !open;
      toggle.setAttribute('aria-expanded', String(open));
    });
    return el(tag || 'li', { class: 'claim' }, toggle, evidence);
  }

  function storyCard(story) {
    const card = el('article', { class: 'card story', id: 'story-' + story.number });
    card.append(el('h2', { class: 'headline' }, `${story.number}. ${story.headline}`));
    card.append(el('p', { class: 'hint' }, plural(story.outletCount, 'outlet', 'outlets'), story.offline ? ' · made without a language model' : ''));
    card.append(el('p', { class: 'summary', dir: 'auto' }, story.summary));
    const outlets = el('ul', { class: 'outlets' });
    for (const o of story.outlets || []) {
      const name = safeUrl(o.link) ? el('a', { href: o.link, target: '_blank', rel: 'noopener noreferrer' }, o.name) : o.name;
      outlets.append(el('li', {}, name, o.language ? ' · ' + languageName(o.language) : '', ' · ' + when(o.reportedAt)));
    }
    card.append(el('h3', {}, 'Coverage'), outlets);
    const chart = coverageChart(story);
    if (chart) { card.append(chart); }
    if ((story.claims || []).length > 0) {
      card.append(el('h3', {}, 'Claims (tap for the evidence)'), el('ul', { class: 'claims' }, story.claims.map(c => claimItem(c))));
    }
    if ((story.disputes || []).length > 0) {
      card.append(el('h3', {}, 'Disputed'));
      for (const d of story.disputes) {
        card.append(el('div', { class: 'dispute' }, claimItem(d.claim, 'div'), el('span', { class: 'vs', 'aria-label': 'denied by' }, '↔'), claimItem(d.denial, 'div')));
      }
    }
    return card;
  }

  // ---- views ----

  const views = {
    async digest(date, story) {
      state.dates = await api('digests');
      if (state.dates.length === 0) {
        show(el('h1', {}, 'Your digest'), el('p', { class: 'hint', id: 'empty' }, 'No digest yet. Subscribe to feeds in the chat (/subscribe) and your daily digest will appear here.'));
        return;
      }
      const day = date && state.dates.some(d => d.date === date) ? date : state.dates[0].date;
      const digest = await api('digests/' + encodeURIComponent(day));
      const dates = el('div', { class: 'dates', role: 'toolbar', 'aria-label': 'Past digests' },
        state.dates.map(d => el('button', { type: 'button', class: 'chip date', 'aria-pressed': String(d.date === day), onclick: () => go('digest', d.date) }, d.date)));
      const parts = [el('h1', {}, 'Your digest · ' + longDate(digest.date)), dates,
        el('p', { class: 'hint', id: 'digest-count' }, `${plural(digest.stories.length, 'story', 'stories')} from ${plural(digest.articleCount, 'article', 'articles')}.`)];
      const widest = widestChart(digest);
      if (widest) { parts.push(el('section', { class: 'card' }, el('h3', {}, 'Most widely covered'), widest)); }
      parts.push(...digest.stories.map(storyCard));
      for (const notice of digest.notices || []) { parts.push(el('p', { class: 'hint' }, '⚠️ ' + notice)); }
      if ((digest.reading || []).length > 0) {
        parts.push(el('section', { class: 'card' }, el('h3', {}, 'Your reading'),
          el('ul', {}, digest.reading.map(r => el('li', {}, el('button', { type: 'button', class: 'action', onclick: () => go('article', String(r.articleId)) }, r.title || r.url || 'Article'), r.source ? ' · ' + r.source : '')))));
      }
      show(...parts);
      const target = story ? document.getElementById('story-' + story) : null;
      if (target) { target.scrollIntoView({ block: 'start' }); }
    },

    async articles() {
      const list = await api('articles');
      show(el('h1', {}, 'Your summaries'), list.length === 0
        ? el('p', { class: 'hint' }, 'No summaries yet: send an article or a link in the chat.')
        : el('div', {}, list.map(a => el('button', { type: 'button', class: 'result', onclick: () => go('article', String(a.articleId)) },
          el('strong', {}, a.headline), el('div', { class: 'snippet' }, [a.source, when(a.sentAt)].filter(Boolean).join(' · '))))));
    },

    async article(id) {
      const a = await api('articles/' + encodeURIComponent(id));
      const parts = [el('h1', { class: 'headline' }, a.headline)];
      const meta = el('p', { class: 'hint' }, [a.source, a.language ? languageName(a.language) : null, a.published ? when(a.published) : null].filter(Boolean).join(' · '));
      if (safeUrl(a.url)) { meta.append(' · ', el('a', { href: a.url, target: '_blank', rel: 'noopener noreferrer' }, 'Original')); }
      parts.push(meta, el('p', { class: 'summary', dir: 'auto' }, a.summary));
      if ((a.claims || []).length > 0) {
        const claims = a.claims.map(c => ({ text: c.text, speaker: c.speaker, kind: c.kind, outletCount: 1, evidence: [{ outlet: a.source || 'The article', quote: c.evidence, language: a.language, link: a.url }] }));
        parts.push(el('h3', {}, 'Claims (tap for the evidence)'), el('ul', { class: 'claims' }, claims.map(c => claimItem(c))));
      }
      if (a.translation) {
        parts.push(el('details', { class: 'card' }, el('summary', {}, 'Full translation'), el('div', { class: 'translation', dir: 'auto' }, a.translation)));
      }
      if ((a.questions || []).length > 0) {
        parts.push(el('h3', {}, 'Your questions'));
        for (const q of a.questions) {
          parts.push(el('div', { class: 'card qa' }, el('p', {}, el('strong', {}, q.question)), el('p', { dir: 'auto' }, q.answer),
            (q.quotes || []).map(t => el('blockquote', { dir: 'auto', lang: a.language || null, class: 'quote' }, t))));
        }
      }
      show(...parts);
    },

    async search() {
      const input = el('input', { type: 'search', id: 'search-input', placeholder: 'Search your digests and summaries', maxlength: 200, 'aria-label': 'Search' });
      const results = el('div', { id: 'search-results' });
      const run = async () => {
        const q = input.value.trim();
        if (q.length < 2) { results.replaceChildren(el('p', { class: 'hint' }, 'Type at least two characters.')); return; }
        try {
          const found = await api('search?q=' + encodeURIComponent(q));
          results.replaceChildren(found.results.length === 0 ? el('p', { class: 'hint' }, 'Nothing found.') : '',
            ...found.results.map(h => el('button', { type: 'button', class: 'result', onclick: () => h.kind === 'story' ? go('digest', h.date, h.story) : go('article', String(h.articleId)) },
              el('strong', {}, h.headline), el('div', { class: 'snippet' }, (h.kind === 'story' ? h.date + ' · ' : '') + h.snippet))));
        } catch (e) { say(e.message, true); }
      };
      input.addEventListener('keydown', e => { if (e.key === 'Enter') { run(); } });
      show(el('h1', {}, 'Search'), el('div', { class: 'row' }, input, el('button', { type: 'button', class: 'primary', id: 'search-go', onclick: run }, 'Search')), results);
      input.focus();
    },

    async subscriptions(view) {
      const s = view || await api('subscriptions');
      const time = el('input', { type: 'text', id: 'digest-time', value: s.digestTime, 'aria-label': 'Digest time', maxlength: 20 });
      const zone = el('input', { type: 'text', id: 'time-zone', value: s.timeZone, 'aria-label': 'Time zone', maxlength: 60 });
      const saveSchedule = async () => {
        try {
          const updated = await api('schedule', { method: 'PUT', body: { time: time.value, timeZone: zone.value } });
          await views.subscriptions(updated);
          say('Saved: your digest comes at ' + updated.digestTime + ' (' + updated.timeZone + ').');
        } catch (e) { say(e.message, true); }
      };
      const parts = [el('h1', {}, 'Subscriptions'),
        el('section', { class: 'card' }, el('h3', {}, 'Daily digest'),
          el('div', { class: 'row' }, el('label', { for: 'digest-time' }, 'Time'), time, el('label', { for: 'time-zone' }, 'Zone'), zone,
            el('button', { type: 'button', class: 'primary', id: 'save-schedule', onclick: saveSchedule }, 'Save')),
          el('p', { class: 'hint', id: 'next-digest' }, (s.paused ? 'Paused. ' : '') + 'Next: ' + when(s.nextDigestAt)))];
      const feeds = el('section', { class: 'card', id: 'feeds' }, el('h3', {}, s.feeds.length === 0 ? 'No feeds yet: /subscribe <address> in the chat.' : 'Feeds'));
      for (const f of s.feeds) {
        const filter = el('input', { type: 'text', class: 'filter', value: f.filter, placeholder: '+word -word', 'aria-label': 'Filter of ' + f.title, maxlength: 300 });
        const save = async () => {
          try {
            const updated = await api('subscriptions/' + f.id + '/filter', { method: 'PUT', body: { filter: filter.value } });
            await views.subscriptions(updated);
            say(f.title + ': ' + (updated.feeds.find(x => x.id === f.id) || {}).described + '.');
          } catch (e) { say(e.message, true); }
        };
        const remove = async () => {
          try { await views.subscriptions(await api('subscriptions/' + f.id, { method: 'DELETE' })); say('Unsubscribed from ' + f.title + '.'); } catch (e) { say(e.message, true); }
        };
        feeds.append(el('div', { class: 'feed', 'data-id': f.id },
          el('strong', { class: 'feed-title' }, f.number + '. ' + f.title), el('div', { class: 'url' }, f.url),
          el('div', { class: 'hint described' }, f.described),
          el('div', { class: 'row' }, filter, el('button', { type: 'button', class: 'primary save-filter', onclick: save }, 'Save filter'),
            el('button', { type: 'button', class: 'action danger', onclick: remove }, 'Remove'))));
      }
      parts.push(feeds);
      show(...parts);
    },
  };

  // ---- navigation ----

  async function go(view, arg, detail) {
    state.view = view;
    for (const tab of document.querySelectorAll('.tab')) {
      tab.setAttribute('aria-current', tab.dataset.view === view || (view === 'article' && tab.dataset.view === 'articles') ? 'page' : 'false');
    }
    say('');
    try {
      await views[view](arg, detail);
    } catch (e) {
      show(el('p', { class: 'hint', id: e.unauthorized ? 'unauthorized' : 'error' }, e.message));
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    applyTheme(launch.themeParams);
    for (const tab of document.querySelectorAll('.tab')) { tab.addEventListener('click', () => go(tab.dataset.view)); }
    postEvent('web_app_ready');
    postEvent('web_app_expand');
    if (launch.article && /^\d+$/.test(launch.article)) { go('article', launch.article); } else { go('digest', /^\d{4}-\d{2}-\d{2}$/.test(launch.digest || '') ? launch.digest : null); }
  });
})();
