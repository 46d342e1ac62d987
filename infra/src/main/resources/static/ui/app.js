// The web interface: one page, a view per route (#/timeline/<id>, #/readiness/<id>, #/record, #/projections,
// #/analytics), each an Alpine component over the JSON API. What a user sees follows their roles from /api/me; what
// they may do is decided by the API, which refuses anything else.
const KIND_LABELS = {
  HIRED: 'Hired', COURSE_COMPLETED: 'Course', COMPLETION_RETRACTED: 'Retraction', TRANSFERRED: 'Transfer',
  PROMOTED: 'Promotion', PROMOTION_IMPORTED: 'Promotion (imported)', LEVEL_IMPORTED: 'Level (imported)',
  TECH_TALK_GIVEN: 'Tech talk', ROTATION_PROPOSED: 'Rotation', FEEDBACK_RECEIVED: 'Feedback', DEPARTED: 'Departure',
};

function label(kind) {
  return KIND_LABELS[kind] || kind.toLowerCase().replaceAll('_', ' ').replace(/^./, c => c.toUpperCase());
}

document.addEventListener('alpine:init', () => {
  Alpine.data('shell', () => ({
    me: null,
    view: 'signin',
    param: null,

    async start() {
      window.addEventListener('hashchange', () => this.route());
      window.addEventListener('career:signed-in', () => this.loadMe());
      if (Api.credentials()) {
        await this.loadMe();
      } else {
        this.route();
      }
    },

    async loadMe() {
      try {
        this.me = await Api.get('/api/me');
      } catch (e) {
        Api.signOut();
        this.me = null;
      }
      if (this.me && (location.hash === '' || location.hash === '#/signin')) {
        location.hash = this.home();
      }
      this.route();
    },

    has(role) {
      return this.me && this.me.roles.includes(role);
    },

    home() {
      if (this.has('ADMIN')) return '#/projections';
      if (this.has('ANALYST')) return '#/analytics';
      if (this.me.employeeId) return '#/timeline/' + this.me.employeeId;
      if (this.has('TALENT_PARTNER')) return '#/record';
      return '#/none';
    },

    menu() {
      const items = [];
      if (this.me && this.me.employeeId) {
        items.push({href: '#/timeline/' + this.me.employeeId, label: 'My timeline'});
        items.push({href: '#/readiness/' + this.me.employeeId, label: 'My readiness and plan'});
      }
      if (this.has('MANAGER') || this.has('TALENT_PARTNER')) items.push({href: '#/record', label: 'Record a completion'});
      if (this.has('ANALYST') || this.has('AUDITOR')) items.push({href: '#/analytics', label: 'Analytics'});
      if (this.has('ADMIN')) items.push({href: '#/projections', label: 'Projections'});
      return items;
    },

    route() {
      const [view, param] = location.hash.replace(/^#\//, '').split('/');
      this.view = !this.me ? 'signin' : (view || 'none');
      this.param = param ? decodeURIComponent(param) : null;
      if (this.me && this.view === 'signin') {
        location.hash = this.home();
      }
      this.$nextTick(() => document.getElementById('main').focus());
    },

    signOut() {
      Api.signOut();
      this.me = null;
      location.hash = '#/signin';
      this.route();
    },
  }));

  Alpine.data('signIn', () => ({
    user: '', password: '', error: '', busy: false,
    async submit() {
      this.error = '';
      if (!this.user || !this.password) {
        this.error = 'Enter your user name and your password.';
        return;
      }
      this.busy = true;
      Api.signIn(this.user, this.password);
      try {
        await Api.get('/api/me');
        window.dispatchEvent(new Event('career:signed-in'));
      } catch (e) {
        Api.signOut();
        this.error = e.status === 401 ? 'That user name and password do not match. Try again.' : e.message;
      } finally {
        this.busy = false;
      }
    },
  }));

  Alpine.data('timeline', (employeeId) => ({
    entries: [], kind: '', from: '', to: '', q: '', error: '', name: '',
    label,
    async load() {
      this.error = '';
      try {
        const page = await Api.get('/api/employees/' + encodeURIComponent(employeeId) + '/timeline?limit=500');
        this.entries = page.entries;
      } catch (e) {
        this.error = e.message;
      }
    },
    title() {
      return 'Timeline';
    },
    kinds() {
      return [...new Set(this.entries.map(e => e.kind))].sort();
    },
    shown() {
      const words = this.q.toLowerCase().split(/\s+/).filter(w => w);
      return this.entries.filter(e => (!this.kind || e.kind === this.kind)
          && (!this.from || e.occurredOn >= this.from) && (!this.to || e.occurredOn <= this.to)
          && words.every(w => (e.title + ' ' + JSON.stringify(e.details || {})).toLowerCase().includes(w)));
    },
    grouped() {
      const rows = [];
      let year = null;
      [...this.shown()].reverse().forEach(entry => {
        const y = entry.occurredOn.substring(0, 4);
        if (y !== year) {
          rows.push({key: 'y' + y, year: y});
          year = y;
        }
        rows.push({key: entry.eventId, entry});
      });
      return rows;
    },
    years() {
      const counts = {};
      this.shown().forEach(e => { const y = e.occurredOn.substring(0, 4); counts[y] = (counts[y] || 0) + 1; });
      const max = Math.max(1, ...Object.values(counts));
      return Object.keys(counts).sort().map(year => ({year, count: counts[year], height: Math.round(100 * counts[year] / max)}));
    },
  }));

  Alpine.data('readiness', (employeeId) => ({
    assessment: null, goals: [], error: '',
    async load() {
      try {
        const id = encodeURIComponent(employeeId);
        this.assessment = await Api.get('/api/employees/' + id + '/readiness');
        this.goals = (await Api.get('/api/employees/' + id + '/development-plan')).goals;
      } catch (e) {
        this.error = e.message;
      }
    },
  }));

  Alpine.data('recordCompletion', () => ({
    q: '', results: [], employee: null, busy: false, done: false, error: '', problem: null,
    fields: [
      {name: 'courseId', label: 'Course id'},
      {name: 'title', label: 'Course title'},
      {name: 'provider', label: 'Provider', options: ['ACADEMY', 'WORKSHOP', 'BOOTCAMP', 'EXTERNAL', 'CERTIFICATION']},
      {name: 'hours', label: 'Hours', type: 'number'},
      {name: 'completedOn', label: 'Completed on', type: 'date'},
      {name: 'skills', label: 'Skills (comma separated)'},
    ],
    form: {courseId: '', title: '', provider: 'ACADEMY', hours: '', completedOn: '', skills: ''},
    async search() {
      if (this.q.trim().length < 2) {
        this.results = [];
        return;
      }
      try {
        const found = await Api.get('/api/search?q=' + encodeURIComponent(this.q));
        this.results = found.results.filter(r => r.type === 'person');
      } catch (e) {
        this.error = e.message;
      }
    },
    pick(person) {
      this.employee = person;
      this.q = person.label;
      this.results = [];
    },
    fieldError(name) {
      if (name === 'employee') {
        return this.problem === 'no-employee' ? 'Pick the employee first.' : '';
      }
      return this.problem instanceof ApiError ? this.problem.forField(name) : '';
    },
    async submit() {
      this.error = '';
      this.done = false;
      this.problem = null;
      if (!this.employee) {
        this.problem = 'no-employee';
        this.error = 'Pick the employee first.';
        return;
      }
      this.busy = true;
      const body = {...this.form, hours: this.form.hours === '' ? null : Number(this.form.hours),
        completedOn: this.form.completedOn || null,
        skills: this.form.skills.split(',').map(s => s.trim()).filter(s => s)};
      try {
        await Api.post('/api/employees/' + encodeURIComponent(this.employee.id) + '/course-completions', body);
        this.done = true;
      } catch (e) {
        this.problem = e;
        this.error = e.fieldErrors.length ? 'Please correct the fields marked below.' : e.message;
      } finally {
        this.busy = false;
      }
    },
  }));

  Alpine.data('projections', () => ({
    list: [], error: '', timer: null,
    start() {
      this.refresh();
      this.timer = setInterval(() => this.refresh(), 500);
    },
    destroy() {
      clearInterval(this.timer);
    },
    async refresh() {
      try {
        this.list = (await Api.get('/api/admin/projections')).projections;
      } catch (e) {
        this.error = e.message;
      }
    },
    running(p) {
      return p.rebuild && !['DONE', 'FAILED'].includes(p.rebuild.state);
    },
    async rebuild(name) {
      this.error = '';
      try {
        await Api.post('/api/admin/projections/' + encodeURIComponent(name) + '/rebuild');
        this.refresh();
      } catch (e) {
        this.error = e.message;
      }
    },
  }));

  Alpine.data('analytics', () => ({
    error: '',
    async load() {
      try {
        const [velocity, programs, hours] = await Promise.all([
          Api.get('/api/analytics/promotion-velocity'), Api.get('/api/analytics/program-outcomes'),
          Api.get('/api/analytics/learning-hours')]);
        this.bar('chart-velocity', velocity.velocity.map(v => v.track + ' ' + v.fromLevel),
                 [{label: 'Average months', data: velocity.velocity.map(v => v.averageMonths)}]);
        this.bar('chart-programs', programs.programs.map(p => p.program),
                 [{label: 'With', data: programs.programs.map(p => Math.round(100 * p.with.promotionRate))},
                  {label: 'Without', data: programs.programs.map(p => Math.round(100 * p.without.promotionRate))}]);
        const quarters = {};
        hours.learningHours.forEach(h => { quarters[h.quarter] = (quarters[h.quarter] || 0) + h.hours; });
        const keys = Object.keys(quarters).sort();
        this.bar('chart-hours', keys, [{label: 'Hours', data: keys.map(k => Math.round(quarters[k]))}]);
      } catch (e) {
        this.error = e.message;
      }
    },
    bar(id, labels, datasets) {
      const canvas = document.getElementById(id);
      canvas.dataset.points = datasets.reduce((n, d) => n + d.data.length, 0);
      new Chart(canvas, {type: 'bar', data: {labels, datasets}, options: {responsive: true, animation: false}});
    },
  }));
});
