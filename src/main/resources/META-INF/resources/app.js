// Read-only browser for articles and their claims. Every piece of data goes into the page as text nodes or attribute
// values (never parsed as HTML), so article bodies, quotes and reviews cannot inject markup.
'use strict';

(() => {
  const API = '/api/v1';
  const POLL_MS = 10_000;
  const STREAM_EVENTS = ['claim.created', 'claim.reviewed', 'claim.changed', 'claim.orphaned', 'claim.deleted',
    'claim.flagged', 'article.published', 'article.retracted'];
  // A desk key (any role) shows drafts and unreviewed findings. Kept for this tab only; it arrives through the form or
  // once as #key=… (a fragment never reaches a server or a log), which is then dropped from the address.
  const KEY_STORE = 'claims-api-key';
  if (location.hash.startsWith('#key=')) {
    sessionStorage.setItem(KEY_STORE, decodeURIComponent(location.hash.slice(5)));
    history.replaceState(null, '', `${location.pathname}${location.search}#/`);
  }
  const deskKey = () => sessionStorage.getItem(KEY_STORE);
  const VERDICTS = [
    ['ACCURATE', 'Accurate', 'true as stated at the article’s date'],
    ['MOSTLY_ACCURATE', 'Mostly accurate', 'true, with a minor imprecision'],
    ['OUTDATED', 'Outdated', 'was true, no longer at the article’s date'],
    ['MISLEADING', 'Misleading', 'literally defensible, leaves a false impression'],
    ['INACCURATE', 'Inaccurate', 'false at the article’s date'],
    ['UNVERIFIED', 'Unverified', 'not enough evidence either way'],
  ];
  const LABELS = new Map(VERDICTS.map(([key, label]) => [key, label]));
  // ?live=off: no stream, no polling. For screenshots and DOM dumps: an open stream keeps a headless browser's
  // --virtual-time-budget from ever running out.
  const SNAPSHOT = new URLSearchParams(location.search).get('live') === 'off';

  const $ = (id) => document.getElementById(id);
  const state = { articleId: null, article: null, selected: null, live: null, reviews: new Map(), next: null };

  /** el('p', {class: 'x'}, 'text', child): an element whose string children become text nodes. */
  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (name === 'class') node.className = value;
      else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of children.flat()) {
      if (child !== null && child !== undefined && child !== false) node.append(child);
    }
    return node;
  }

  function verdictClass(verdict) {
    return LABELS.has(verdict) ? `verdict-${verdict.toLowerCase().replace(/_/g, '-')}` : 'verdict-none';
  }

  function verdictLabel(claim) {
    return LABELS.get(claim.verdict) ?? (claim.status === 'ORPHANED' ? 'Orphaned' : 'Not reviewed yet');
  }

  function percent(confidence) {
    return typeof confidence === 'number' ? `${Math.round(confidence * 100)}%` : null;
  }

  /** Only http(s) links from the data become clickable: no javascript: or data: URLs. */
  function safeUrl(value) {
    if (typeof value !== 'string' || !value) return null;
    try {
      const url = new URL(value, location.href);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
    } catch {
      return null;
    }
  }

  function link(href, text) {
    const url = safeUrl(href);
    return url ? el('a', { href: url, rel: 'noopener noreferrer' }, text || url) : (text || href || '');
  }

  async function getJson(path) {
    const headers = { Accept: 'application/json' };
    if (deskKey()) headers.Authorization = `Bearer ${deskKey()}`;
    const response = await fetch(path, { headers });
    if (!response.ok) {
      const error = new Error(`${path} answered ${response.status}`);
      error.status = response.status;
      throw error;
    }
    return response.json();
  }

  // --- Article list --------------------------------------------------------------------------------------------------

  async function loadArticles(cursor) {
    const params = new URLSearchParams({ limit: '50' });
    if (cursor) params.set('cursor', cursor);
    const list = $('article-list');
    try {
      const page = await getJson(`${API}/articles?${params}`);
      if (!cursor) list.replaceChildren();
      for (const article of page.items) {
        const meta = [article.state === 'PUBLISHED' ? null : article.state, article.publisher, article.publishedAt]
          .filter(Boolean).join(' · ');
        list.append(el('li', {},
          el('a', { href: `#/articles/${encodeURIComponent(article.id)}`, 'data-id': article.id },
            el('span', { class: 'title' }, article.title || 'Untitled'),
            meta ? el('span', { class: 'meta' }, meta) : null)));
      }
      if (!page.items.length && !cursor) list.append(el('li', { class: 'hint' }, 'No articles yet.'));
      state.next = page.next;
      $('more-articles').hidden = !page.next;
      markCurrentArticle();
    } catch (error) {
      list.replaceChildren(el('li', { role: 'alert' }, `Could not load the articles (${error.message}).`));
    }
  }

  function markCurrentArticle() {
    for (const a of $('article-list').querySelectorAll('a[data-id]')) {
      if (a.dataset.id === state.articleId) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    }
  }

  // --- One article ---------------------------------------------------------------------------------------------------

  async function showArticle(id, claimId, focus) {
    stopLive();
    state.articleId = id;
    state.selected = claimId;
    markCurrentArticle();
    $('detail').hidden = true;
    const main = $('article');
    main.setAttribute('aria-busy', 'true');
    try {
      await refresh(id);
      if (claimId) select(claimId, true);
      else if (focus) main.focus();
      startLive(id);
    } catch (error) {
      main.replaceChildren(el('p', { role: 'alert', class: 'error' }, error.status === 404
        ? 'There is no such article (it may have been deleted).'
        : `Could not load the article (${error.message}).`));
    } finally {
      main.setAttribute('aria-busy', 'false');
    }
  }

  /** Fetches the article with its claims (and the latest review of each reviewed claim) and renders it. */
  async function refresh(id) {
    const article = await getJson(`${API}/articles/${encodeURIComponent(id)}?include=claims`);
    await loadReviews(article.claims || []);
    if (state.articleId !== id) return; // the reader moved on meanwhile
    state.article = article;
    renderArticle(article);
  }

  async function loadReviews(claims) {
    await Promise.all(claims.filter((c) => c.status === 'REVIEWED' || c.reviewedAt).map(async (claim) => {
      const cached = state.reviews.get(claim.id);
      if (cached && cached.version === claim.version) return;
      try {
        const page = await getJson(`${API}/claims/${encodeURIComponent(claim.id)}/reviews?limit=1`);
        state.reviews.set(claim.id, { version: claim.version, review: page.items[0] || null });
      } catch {
        state.reviews.delete(claim.id); // shown as "not reviewed"; the next refresh tries again
      }
    }));
  }

  /** What explains the claim's verdict: its latest review, else the checker's annotation. */
  function explanation(claim) {
    const review = state.reviews.get(claim.id)?.review;
    if (review) {
      return {
        source: review.reviewer ? `Review by ${review.reviewer}` : 'Review',
        date: review.createdAt ? review.createdAt.slice(0, 10) : null,
        summary: review.summary, correction: review.correction,
        evidence: (review.evidence || []).map((e) => ({ url: e.url, title: e.title || e.publisher || e.url })),
      };
    }
    const annotation = claim.annotation;
    if (claim.origin === 'CHECKER' && annotation) {
      return {
        source: 'Automatic check (not yet reviewed by an editor)',
        summary: annotation.message, correction: annotation.suggestion,
        evidence: (annotation.tenures || []).filter((t) => t.source)
          .map((t) => ({ url: t.source, title: `Tenure ${t.start || '?'} – ${t.end || 'present'}` })),
      };
    }
    return null;
  }

  function anchored(claim, body) {
    const a = claim.anchor;
    return claim.status !== 'ORPHANED' && a && Number.isInteger(a.start) && Number.isInteger(a.end)
      && a.start >= 0 && a.start < a.end && a.end <= body.length;
  }

  function renderArticle(article) {
    const body = article.body || '';
    const claims = (article.claims || []).slice().sort((a, b) => (a.anchor?.start ?? 0) - (b.anchor?.start ?? 0));
    const meta = [article.publisher, article.author && `by ${article.author}`,
      article.publishedAt && `published ${article.publishedAt}${article.publishedAtApproximate ? ' (approximate)' : ''}`]
      .filter(Boolean).join(' · ');
    const source = safeUrl(article.url);
    $('article').replaceChildren(
      el('article', { class: 'article' },
        el('h2', {}, article.title || 'Untitled'),
        el('p', { class: 'meta' }, meta, source ? ' · ' : null, source ? link(source, 'original') : null),
        verdictCounts(claims),
        el('div', { class: 'body', lang: article.language || null }, highlighted(body, claims.filter((c) => anchored(c, body))))),
      claimList(claims, body));
    if (state.selected && claims.some((c) => c.id === state.selected)) select(state.selected, false);
    else state.selected = null;
  }

  /**
   * The body as text nodes and <mark>s. A claim inside another is a <mark> inside the other's; a claim that crosses an
   * earlier one is highlighted from where the earlier one ends (the list below shows it whole).
   */
  function highlighted(body, claims) {
    const sorted = claims.slice().sort((a, b) => a.anchor.start - b.anchor.start || b.anchor.end - a.anchor.end);
    return spans(body, 0, body.length, sorted);
  }

  function spans(body, from, to, claims) {
    const nodes = [];
    let pos = from;
    let rest = claims;
    while (rest.length) {
      const [claim, ...others] = rest;
      const start = Math.max(claim.anchor.start, pos);
      const end = Math.min(claim.anchor.end, to);
      const inner = others.filter((c) => c.anchor.start < end && c.anchor.end <= end);
      rest = others.filter((c) => !inner.includes(c));
      if (start >= end) continue;
      if (start > pos) nodes.push(body.slice(pos, start));
      nodes.push(mark(claim, body.slice(start, end), spans(body, start, end, inner)));
      pos = end;
    }
    if (pos < to) nodes.push(body.slice(pos, to));
    return nodes;
  }

  function mark(claim, text, children) {
    const why = explanation(claim);
    const title = [verdictLabel(claim), percent(claim.confidence) && `confidence ${percent(claim.confidence)}`,
      why?.summary].filter(Boolean).join(' — ');
    const open = (event) => { event.stopPropagation(); select(claim.id, false); };
    return el('mark', {
      class: `claim ${verdictClass(claim.verdict)}`, 'data-claim-id': claim.id, 'data-verdict': claim.verdict || 'NONE',
      tabindex: '0', role: 'button', title, 'aria-label': `${text} (${verdictLabel(claim)}): show the review`,
      onclick: open,
      onkeydown: (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); open(e); } },
      onmouseover: (e) => { e.stopPropagation(); showDetail(claim); },
      onfocus: (e) => { e.stopPropagation(); showDetail(claim); },
    }, children);
  }

  function verdictCounts(claims) {
    const counts = new Map();
    for (const claim of claims) {
      const key = claim.status === 'ORPHANED' ? 'ORPHANED' : claim.verdict || 'NONE';
      counts.set(key, (counts.get(key) || 0) + 1);
    }
    if (!counts.size) return null;
    const order = [...VERDICTS.map(([key]) => key), 'NONE', 'ORPHANED'];
    return el('p', { class: 'counts' }, `${claims.length} ${claims.length === 1 ? 'claim' : 'claims'}: `,
      order.filter((key) => counts.has(key)).map((key) => el('span', { class: `badge ${verdictClass(key)}` },
        `${LABELS.get(key) ?? (key === 'ORPHANED' ? 'Orphaned' : 'Not reviewed')} ${counts.get(key)}`)));
  }

  function claimList(claims, body) {
    const section = el('section', { class: 'claims', 'aria-labelledby': 'claims-heading' },
      el('h3', { id: 'claims-heading' }, claims.length ? `Claims (${claims.length})` : 'No claims in this article yet'));
    const list = el('ol', { class: 'claim-list' });
    for (const claim of claims) {
      const lost = !anchored(claim, body);
      list.append(el('li', { id: `claim-${claim.id}`, class: 'claim-item' },
        el('p', {},
          el('span', { class: `badge ${verdictClass(claim.verdict)}` }, verdictLabel(claim)), ' ',
          el('q', {}, claim.anchor?.exact || claim.text || ''),
          percent(claim.confidence) ? el('span', { class: 'meta' }, ` confidence ${percent(claim.confidence)}`) : null,
          lost ? el('span', { class: 'meta' }, ' — no longer found in the text') : null,
          lost ? null : ' ',
          lost ? null : el('button', { type: 'button', class: 'link', onclick: () => select(claim.id, true) }, 'show in text')),
        reviewBlock(claim)));
    }
    if (claims.length) section.append(list);
    return section;
  }

  function reviewBlock(claim) {
    const why = explanation(claim);
    if (!why) return el('p', { class: 'meta' }, claim.status === 'ORPHANED' ? 'Orphaned by a revision.' : 'Not reviewed yet.');
    return el('div', { class: 'review' },
      el('p', { class: 'meta' }, why.source, why.date ? `, ${why.date}` : null),
      why.summary ? el('p', { class: 'summary' }, why.summary) : null,
      why.correction ? el('p', { class: 'correction' }, el('strong', {}, 'Correct wording: '), why.correction) : null,
      why.evidence?.length ? el('ul', { class: 'evidence' }, why.evidence.map((e) => el('li', {}, link(e.url, e.title)))) : null);
  }

  function showDetail(claim) {
    const detail = $('detail');
    detail.replaceChildren(...[
      el('h2', {}, 'Claim'),
      el('p', {}, el('span', { class: `badge ${verdictClass(claim.verdict)}` }, verdictLabel(claim)),
        percent(claim.confidence) ? ` confidence ${percent(claim.confidence)}` : null),
      el('blockquote', {}, claim.anchor?.exact || claim.text || ''),
      claim.claimant ? el('p', { class: 'meta' }, `Claimant: ${claim.claimant}`) : null,
      reviewBlock(claim)].filter(Boolean));
    detail.hidden = false;
  }

  function select(claimId, scroll) {
    const claim = state.article?.claims?.find((c) => c.id === claimId);
    if (!claim) return;
    state.selected = claimId;
    const hash = `#/articles/${encodeURIComponent(state.articleId)}/claims/${encodeURIComponent(claimId)}`;
    if (location.hash !== hash) history.replaceState(null, '', hash); // a link to this claim, without a reload
    for (const m of document.querySelectorAll('mark.claim')) m.classList.toggle('selected', m.dataset.claimId === claimId);
    showDetail(claim);
    const target = document.querySelector(`mark.claim[data-claim-id="${CSS.escape(claimId)}"]`);
    if (scroll && target) {
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: 'center' });
    }
  }

  // --- Live updates: the claim stream, else polling --------------------------------------------------------------------

  function setLive(text) {
    $('live-status').textContent = text;
  }

  function startLive(id) {
    if (SNAPSHOT) {
      setLive('Live updates off (snapshot).');
      return;
    }
    let timer = null;
    const update = () => {
      clearTimeout(timer);
      timer = setTimeout(() => refresh(id).catch((e) => {
        if (e.status === 404) { stopLive(); setLive('This article was deleted.'); }
      }), 200); // one re-fetch for a burst of events
    };
    // EventSource cannot send a key: with one, the page polls (the stream would show public changes only).
    if (!('EventSource' in window) || deskKey()) return startPolling(id, update);
    const source = new EventSource(`${API}/claims/stream?articleId=${encodeURIComponent(id)}`);
    let opened = false;
    source.onopen = () => {
      if (opened) update(); // reconnected: events may have been missed
      opened = true;
      setLive('Live: changes appear as reviewers work.');
    };
    for (const type of STREAM_EVENTS) source.addEventListener(type, update);
    source.onmessage = update;
    source.onerror = () => {
      if (source.readyState === EventSource.CLOSED) { // not a stream (e.g. 404): poll instead
        source.close();
        if (state.live?.source === source) startPolling(id, update);
      } else {
        setLive('Live updates interrupted; reconnecting…');
      }
    };
    state.live = { source, stop: () => { clearTimeout(timer); source.close(); } };
  }

  function startPolling(id, update) {
    const interval = setInterval(update, POLL_MS);
    state.live = { stop: () => clearInterval(interval) };
    setLive(`Updates every ${POLL_MS / 1000} s.`);
  }

  function stopLive() {
    state.live?.stop();
    state.live = null;
    setLive('');
  }

  // --- Page ------------------------------------------------------------------------------------------------------------

  function renderLegend() {
    $('legend').replaceChildren(...VERDICTS.map(([key, label, meaning]) =>
      el('li', {}, el('span', { class: `swatch ${verdictClass(key)}`, 'aria-hidden': 'true' }),
        el('strong', {}, label), el('span', { class: 'meta' }, ` ${meaning}`))),
    el('li', {}, el('span', { class: 'swatch verdict-none', 'aria-hidden': 'true' }), el('strong', {}, 'Not reviewed yet')));
  }

  function route(focus) {
    const match = /^#\/articles\/([^/?#]+)(?:\/claims\/([^/?#]+))?$/.exec(location.hash);
    if (match) {
      showArticle(decodeURIComponent(match[1]), match[2] ? decodeURIComponent(match[2]) : null, focus);
    } else {
      stopLive();
      state.articleId = null;
      markCurrentArticle();
      $('detail').hidden = true;
      $('article').replaceChildren(el('p', { class: 'hint' }, 'Choose an article to read it with its claims.'));
    }
  }

  function renderKeyForm() {
    const input = el('input', { type: 'password', id: 'desk-key', autocomplete: 'off', placeholder: 'API key' });
    const form = el('form', { class: 'desk-key', onsubmit: (e) => {
      e.preventDefault();
      if (input.value.trim()) sessionStorage.setItem(KEY_STORE, input.value.trim());
      location.reload();
    } }, el('label', { for: 'desk-key' }, 'Desk key '), input, el('button', { type: 'submit' }, 'Use'));
    const forget = el('button', { type: 'button', onclick: () => { sessionStorage.removeItem(KEY_STORE); location.reload(); } },
      'Forget the key');
    $('desk').replaceChildren(deskKey() ? el('p', { id: 'desk-mode' }, 'Desk view: drafts and unreviewed findings shown. ', forget)
      : form);
  }

  renderLegend();
  renderKeyForm();
  $('more-articles').addEventListener('click', () => loadArticles(state.next));
  window.addEventListener('hashchange', () => route(true));
  loadArticles();
  route(false);
})();
