/*
 * <planstatus-status>: the status of a Planstatus plan, goal, measure or responsible body, rendered from the
 * public JSON API into shadow DOM, for sites that prefer no iframe. Plain script, no build step.
 *
 *   <script src="https://planstatus.example/embed/planstatus-status.js" defer></script>
 *   <planstatus-status measure="12"></planstatus-status>      (or goal="3", party="7", plan)
 *
 * Attributes: base (the Planstatus address; defaults to where this script came from), measure | goal | party |
 * plan (plan="<id>" picks a strategic plan, empty means the newest), compact, heading (level of the main
 * heading, 1–5, default 2). Theme with CSS custom properties on the element: --ps-accent, --ps-text, --ps-bg.
 * Every stored text is set with textContent, never parsed as HTML.
 *
 * Requests: an element fetches what it shows once. Attribute changes made together (in one run of script) are
 * handled together right after it: one fetch for a new target, none when only compact or heading changed (the
 * element re-renders from what it holds). Elements that ask for the same address while a request for it is under
 * way share that request, so five elements showing the same measure make one request.
 */
(() => {
  'use strict';

  const scriptOrigin = document.currentScript ? new URL(document.currentScript.src, location.href).origin : '';

  const STATUS = {
    NOT_REPORTED: 'Ikke rapportert',
    NOT_STARTED: 'Ikke startet',
    IN_PROGRESS: 'Pågår',
    COMPLETED: 'Fullført',
    POSTPONED: 'Utsatt',
    CANCELLED: 'Avbrutt',
  };
  const ASSESSMENT = { ON_TRACK: 'I rute', AT_RISK: 'Risiko for avvik', OFF_TRACK: 'Ikke i rute' };
  const DATE = new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

  const CSS = `
    :host{display:block;--_accent:var(--ps-accent,#1f5c99);--_text:var(--ps-text,#1a1a1a);--_bg:var(--ps-bg,#fff);
      color:var(--_text);background:var(--_bg);font:inherit;overflow-wrap:anywhere}
    :host([hidden]){display:none}
    h1,h2,h3,h4,h5,h6{line-height:1.25;margin:0 0 .5rem;font-size:1.25rem}
    .sub{font-size:1.0625rem;margin-top:1rem}
    ul{list-style:none;margin:0 0 1rem;padding:0}
    li{border-left:.25rem solid var(--_accent);padding:.5rem .75rem;margin:0 0 .75rem;
      background:color-mix(in srgb,var(--_accent) 6%,var(--_bg))}
    p{margin:0}
    .status{margin-top:.25rem}
    a{color:var(--_accent)}
    .meta{font-size:.875rem;margin-top:1rem}
    :host([compact]) li{padding:.25rem .5rem;margin-bottom:.375rem}
    :host([compact]) .detail{display:none}
  `;

  /** Requests under way, by URL: elements asking for the same address share one; settled ones are dropped. */
  const inFlight = new Map();

  function userError(message) {
    const error = new Error(message);
    error.userMessage = message;
    return error;
  }

  function fetchJson(url) {
    let request = inFlight.get(url);
    if (!request) {
      request = fetch(url, { headers: { Accept: 'application/json' }, credentials: 'omit' }).then((response) => {
        if (response.status === 404) throw userError('Fant ikke det som skulle vises. Sjekk innbyggingskoden.');
        if (!response.ok) throw new Error('HTTP ' + response.status);
        return response.json();
      });
      inFlight.set(url, request);
      const forget = () => inFlight.delete(url);
      request.then(forget, forget);
    }
    return request;
  }

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function link(href, text) {
    const a = el('a', text);
    a.href = href;
    return a;
  }

  class PlanstatusStatus extends HTMLElement {
    static get observedAttributes() {
      return ['base', 'measure', 'goal', 'party', 'plan', 'compact', 'heading'];
    }

    constructor() {
      super();
      this.attachShadow({ mode: 'open' });
      if ('adoptedStyleSheets' in this.shadowRoot && typeof CSSStyleSheet.prototype.replaceSync === 'function') {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(CSS);
        this.shadowRoot.adoptedStyleSheets = [sheet];
      } else {
        this.shadowRoot.append(el('style', CSS));
      }
      this.content = el('div');
      this.shadowRoot.append(this.content);
      this.generation = 0;
    }

    connectedCallback() {
      this.scheduleLoad();
    }

    attributeChangedCallback(name, oldValue, newValue) {
      if (oldValue !== newValue && this.isConnected) this.scheduleLoad();
    }

    /** Once per batch of changes: the upgrade of a parsed element reports each attribute, then connects it. */
    scheduleLoad() {
      if (this.loadScheduled) return;
      this.loadScheduled = true;
      queueMicrotask(() => {
        this.loadScheduled = false;
        if (this.isConnected) this.load();
      });
    }

    get base() {
      return (this.getAttribute('base') || scriptOrigin || location.origin).replace(/\/+$/, '');
    }

    get level() {
      const level = Number(this.getAttribute('heading') || '2');
      return Number.isInteger(level) && level >= 1 && level <= 5 ? level : 2;
    }

    /** What the element shows, from the attributes that decide what is fetched (not compact or heading). */
    get target() {
      const base = this.base;
      for (const kind of ['measure', 'goal', 'party']) {
        if (this.hasAttribute(kind)) return { base, kind, id: this.getAttribute(kind) };
      }
      return { base, kind: 'plan', id: this.getAttribute('plan') || '' };
    }

    async load() {
      const generation = ++this.generation;
      const target = this.target;
      const key = JSON.stringify(target);
      if (this.data && this.dataKey === key) {
        this.show(generation, () => this.render(this.data));
        return;
      }
      this.setAttribute('aria-busy', 'true');
      this.content.replaceChildren(el('p', 'Henter status …'));
      try {
        const data = await this.fetchData(target);
        if (generation === this.generation) {
          this.data = data;
          this.dataKey = key;
        }
        this.show(generation, () => this.render(data));
      } catch (error) {
        this.show(generation, () => [el('p', error.userMessage || 'Kunne ikke hente status fra Planstatus.')]);
      }
    }

    /** Renders unless a later change has started another load, which will render instead. */
    show(generation, view) {
      if (generation !== this.generation) return;
      try {
        this.content.replaceChildren(...view());
      } catch (error) {
        this.content.replaceChildren(el('p', error.userMessage || 'Kunne ikke vise status fra Planstatus.'));
      } finally {
        this.removeAttribute('aria-busy');
      }
    }

    getJson(base, path) {
      if (!/^https?:\/\/[^/]+$/i.test(base)) {
        return Promise.reject(userError('Attributtet base må være en adresse som https://planstatus.example.'));
      }
      return fetchJson(base + path);
    }

    /** Every item of a list, following `nextCursor` where the API pages the list. */
    async getAll(base, path) {
      const items = [];
      let cursor = null;
      do {
        const separator = path.includes('?') ? '&' : '?';
        const page = await this.getJson(base, cursor ? path + separator + 'cursor=' + encodeURIComponent(cursor) : path);
        items.push(...page.items);
        cursor = page.nextCursor || null;
      } while (cursor);
      return items;
    }

    /** The JSON the target needs: one request for a measure, goal or party, the plan list and its goals for a plan. */
    async fetchData(target) {
      const { base, kind } = target;
      const id = encodeURIComponent(target.id);
      if (kind === 'measure') return { kind, measure: await this.getJson(base, '/api/v1/measures/' + id) };
      if (kind === 'goal') return { kind, goal: await this.getJson(base, '/api/v1/goals/' + id) };
      if (kind === 'party') return { kind, party: await this.getJson(base, '/api/v1/parties/' + id) };
      const plans = await this.getAll(base, '/api/v1/strategic-plans');
      const plan = target.id ? plans.find((p) => String(p.id) === target.id) : plans[0];
      if (!plan) throw userError('Fant ingen plan å vise.');
      const goals = await this.getAll(base, '/api/v1/goals?strategicPlan=' + encodeURIComponent(plan.id));
      return { kind, plan, goals };
    }

    render(data) {
      if (data.kind === 'measure') {
        const measure = data.measure;
        return this.page('Tiltak ' + measure.reference, [this.list([measure], false)], [measure],
          '/tiltak/' + measure.id);
      }
      if (data.kind === 'goal') {
        const goal = data.goal;
        return this.page('Mål ' + goal.number + ': ' + goal.text, [this.list(goal.measures, true)], goal.measures,
          '/mal/' + goal.id);
      }
      if (data.kind === 'party') {
        const party = data.party;
        const section = (role, title) => {
          const measures = party.measures.filter((m) => m.role === role).map((m) => m.measure);
          return [el('h' + (this.level + 1), title + ' (' + measures.length + ')', 'sub'), this.list(measures, true)];
        };
        return this.page('Tiltak for ' + party.name,
          [...section('LEAD', 'Ansvarlig for'), ...section('PARTNER', 'Samarbeidspartner i')],
          party.measures.map((m) => m.measure), '/ansvarlige/' + party.id);
      }
      const parts = data.goals.flatMap((goal) => {
        const title = el('h' + (this.level + 1), undefined, 'sub');
        title.append(link(this.base + '/mal/' + goal.id, 'Mål ' + goal.number + ': ' + goal.text));
        return [title, this.list(goal.measures, true)];
      });
      return this.page('Status for ' + data.plan.title, parts, data.goals.flatMap((g) => g.measures), '/');
    }

    page(title, parts, measures, fullPath) {
      const meta = el('p', undefined, 'meta');
      const dates = measures.map((m) => m.currentStatus.reportDate).filter(Boolean).sort();
      const updated = dates.length ? dates[dates.length - 1] : new Date().toISOString().slice(0, 10);
      const time = el('time', DATE.format(new Date(updated + 'T00:00:00Z')));
      time.dateTime = updated;
      meta.append('Sist oppdatert ', time, ' · ', link(this.base + fullPath, 'Se hele planen'));
      return [el('h' + this.level, title), ...parts, meta];
    }

    list(measures, linkText) {
      if (measures.length === 0) return el('p', 'Ingen tiltak.');
      const ul = el('ul');
      for (const measure of measures) {
        const li = el('li');
        const text = measure.reference + ' ' + measure.text;
        const first = el('p');
        first.append(linkText ? link(this.base + '/tiltak/' + measure.id, text) : text);
        const status = measure.currentStatus;
        const line = el('p', 'Status: ', 'status');
        line.append(el('strong', STATUS[status.status] || status.status));
        if (status.assessment) line.append(' · Vurdering: ' + (ASSESSMENT[status.assessment] || status.assessment));
        if (status.percentComplete !== null && status.percentComplete !== undefined) {
          line.append(' · ' + status.percentComplete + ' % fullført');
        }
        li.append(first, line);
        if (measure.responsibilityText) li.append(el('p', 'Ansvar: ' + measure.responsibilityText, 'detail'));
        ul.append(li);
      }
      return ul;
    }
  }

  if (!customElements.get('planstatus-status')) {
    customElements.define('planstatus-status', PlanstatusStatus);
  }
})();
