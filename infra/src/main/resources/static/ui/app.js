// The web interface: one page, a view per route (#/timeline/<id>, #/readiness/<id>, #/record, #/projections,
// #/analytics), each an Alpine component over the JSON API. What a user sees follows their roles from /api/me; what
// they may do is decided by the API, which refuses anything else.
const KIND_LABELS = {
  HIRED: 'Hired', COURSE_COMPLETED: 'Course', COMPLETION_RETRACTED: 'Retraction', TRANSFERRED: 'Transfer',
  PROMOTED: 'Promotion', PROMOTION_IMPORTED: 'Promotion (imported)', LEVEL_IMPORTED: 'Level (imported)',
  ROTATION_PROPOSED: 'Rotation', FEEDBACK_RECEIVED: 'Feedback', DEPARTED: 'Departure',
};

function label(kind) {
  return KIND_LABELS[kind] || kind.toLowerCase().replaceAll('_', ' ').replace(/^./, c => c.toUpperCase());
}

// <div data-include="template-id">: replaced by the template's content before Alpine reads the page, also inside the
// views' templates, so that a piece of markup shared by several forms is written once.
function expandIncludes(root) {
  root.querySelectorAll('[data-include]').forEach(el => el.replaceWith(
      document.getElementById(el.dataset.include).content.cloneNode(true)));
  root.querySelectorAll('template').forEach(template => expandIncludes(template.content));
}

document.addEventListener('alpine:init', () => {
  expandIncludes(document);

  Alpine.data('shell', () => ({
    me: null,
    view: 'signin',
    param: null,
    hash: '', // location.hash, kept here because Alpine does not watch location: the menu marks the page shown

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
      if (this.me && this.me.employeeId && this.has('EMPLOYEE')) items.push({href: '#/mentor', label: 'Find a mentor'});
      if (['EMPLOYEE', 'MANAGER', 'TALENT_PARTNER', 'COMMITTEE', 'AUDITOR'].some(r => this.has(r))) {
        items.push({href: '#/search', label: 'Search'});
      }
      if (this.me && this.me.employeeId && ['EMPLOYEE', 'MANAGER', 'TALENT_PARTNER'].some(r => this.has(r))) {
        items.push({href: '#/share', label: 'Talks and projects'});
        items.push({href: '#/feedback', label: 'Give feedback'});
      }
      if (this.has('MANAGER')) items.push({href: '#/team', label: 'My team'});
      if (this.has('MANAGER') || this.has('TALENT_PARTNER')) items.push({href: '#/record', label: 'Record a completion'});
      if (this.has('MANAGER') || this.has('TALENT_PARTNER')) items.push({href: '#/rotation', label: 'Rotations'});
      if (this.has('TALENT_PARTNER')) items.push({href: '#/match', label: 'Match a mentor'});
      if (this.has('TALENT_PARTNER')) items.push({href: '#/people', label: 'People'});
      if (['MANAGER', 'TALENT_PARTNER', 'COMMITTEE', 'AUDITOR'].some(r => this.has(r))) {
        items.push({href: '#/cases', label: 'Promotion cases'});
      }
      if (this.has('AUDITOR')) items.push({href: '#/audit', label: 'Audit'});
      if (this.me && !this.has('LEARNING_RECORD_SOURCE')) items.push({href: '#/celebrations', label: 'Celebrations'});
      if (this.has('ANALYST') || this.has('AUDITOR')) items.push({href: '#/analytics', label: 'Analytics'});
      if (this.has('ADMIN')) items.push({href: '#/projections', label: 'Projections'});
      return items;
    },

    route() {
      this.hash = location.hash;
      const [view, param] = location.hash.replace(/^#\//, '').split('/');
      this.view = !this.me ? 'signin' : (view || 'none');
      this.param = param ? decodeURIComponent(param) : null;
      if (this.me && (this.view === 'signin' || !view)) { // "#/" or no page named: the user's own first page
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

  Alpine.data('timeline', (employeeId, me) => ({
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
    // An approved promotion is announced only with the employee's consent, which they give on their own timeline.
    canConsent(entry) {
      return employeeId === me.employeeId && entry.kind === 'PROMOTION_NOMINATED' && !!entry.details
          && entry.details.status === 'APPROVED' && !entry.details.announcementConsentOn;
    },
    async consent(entry) {
      this.error = '';
      try {
        await Api.post('/api/promotions/' + encodeURIComponent(entry.refs.caseId) + '/announcement-consent',
                       {optedInOn: today()});
        await this.load();
      } catch (e) {
        this.error = e.message;
      }
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

  // The later steps of an agreed goal (a dropped one may also be a proposal nobody agreed to), each recorded by the
  // employee or their manager with its date: what the step's form asks and what it sends.
  const GOAL_STEPS = {
    progress: {button: 'Note progress', text: 'Progress', submit: 'Note it', path: '/progress',
               body: s => ({note: s.text, notedOn: s.on}), done: () => 'Progress noted.'},
    achieved: {button: 'Achieved', text: null, submit: 'Mark it achieved', path: '/achieved',
               body: s => ({achievedOn: s.on}), done: () => 'Goal marked achieved.'},
    dropped: {button: 'Drop', text: 'Why', submit: 'Drop the goal', path: '/dropped',
              body: s => ({reason: s.text, droppedOn: s.on}), done: () => 'Goal dropped.'},
  };

  Alpine.data('readiness', (employeeId, me) => ({
    assessment: null, goals: [], error: '', notice: '', formError: '', problem: null, asOf: '', asOfInput: '',
    goal: {title: '', category: 'TECHNICAL', targetDate: ''},
    ...stepForms(GOAL_STEPS, g => '/api/employees/' + encodeURIComponent(employeeId) + '/development-goals/'
                                  + encodeURIComponent(g.goalId)),
    async load() {
      try {
        const id = encodeURIComponent(employeeId);
        await this.assess();
        this.goals = (await Api.get('/api/employees/' + id + '/development-plan')).goals;
      } catch (e) {
        this.error = e.message;
      }
    },
    // Readiness today, or as it stood on a past date (against the framework version in force then).
    async assess() {
      this.error = '';
      try {
        const query = this.asOfInput ? '?asOf=' + encodeURIComponent(this.asOfInput) : '';
        this.assessment = await Api.get('/api/employees/' + encodeURIComponent(employeeId) + '/readiness' + query);
        this.asOf = this.asOfInput;
      } catch (e) {
        this.error = e.message;
      }
    },
    // The checklist (criteria-checklist): the API names the people its facts mention already.
    criteria() {
      return this.assessment.criteria;
    },
    named(text) {
      return text;
    },
    // The plan is agreed between the employee and their manager: the side of the one signed in, if any.
    side() {
      if (me.employeeId === employeeId) return 'EMPLOYEE';
      return me.roles.includes('MANAGER') ? 'MANAGER' : null;
    },
    canAgree(goal) {
      return goal.status === 'PROPOSED' && this.side() && goal.details.proposedBy !== this.side();
    },
    // The steps the signed-in side may take on a goal: none once it is achieved or dropped.
    goalSteps(goal) {
      if (!this.side()) return [];
      return {AGREED: ['progress', 'achieved', 'dropped'], PROPOSED: ['dropped']}[goal.status] || [];
    },
    // What happened to a goal since it was agreed, in order: progress notes, its achievement or why it was dropped.
    goalNotes(goal) {
      const text = {GOAL_PROGRESS: s => s.occurredOn + ': ' + s.details.note,
                    GOAL_ACHIEVED: s => 'Achieved on ' + s.occurredOn,
                    GOAL_DROPPED: s => 'Dropped on ' + s.occurredOn + ': ' + s.details.reason};
      return goal.steps.filter(s => text[s.kind]).map((s, i) => ({key: i, text: text[s.kind](s)}));
    },
    reload() {
      return this.load();
    },
    fieldError(name) {
      return this.problem ? this.problem.forField(name) : '';
    },
    // The propose and agree forms: sent, then the plan read again until it shows the change (the view follows the
    // command); errors at the fields they concern, else at the top of the form.
    async act(path, body, done, changed) {
      this.formError = '';
      this.problem = null;
      this.stepDone = '';
      try {
        await Api.post('/api/employees/' + encodeURIComponent(employeeId) + '/development-goals' + path, body);
        this.notice = done;
        for (let i = 0; i < 40 && !changed(); i++) {
          await new Promise(r => setTimeout(r, 250));
          await this.load();
        }
      } catch (e) {
        this.problem = e;
        this.formError = e.fieldErrors.length ? 'Please correct the fields marked below.' : e.message;
      }
    },
    propose() {
      const count = this.goals.length;
      return this.act('', {...this.goal, targetDate: this.goal.targetDate || null, proposedOn: today()},
                      'Goal proposed: the other side agrees to it next.', () => this.goals.length > count);
    },
    agree(goal) {
      return this.act('/' + encodeURIComponent(goal.goalId) + '/agreement', {agreedOn: today()}, 'Goal agreed.',
                      () => this.goals.some(g => g.goalId === goal.goalId && g.status !== 'PROPOSED'));
    },
  }));

  Alpine.data('recordCompletion', () => ({
    ...personPicker('rc'),
    fields: [
      {name: 'courseId', label: 'Course id'},
      {name: 'title', label: 'Course title'},
      {name: 'provider', label: 'Provider', options: ['ACADEMY', 'WORKSHOP', 'BOOTCAMP', 'EXTERNAL', 'CERTIFICATION'],
       lowercase: true},
      {name: 'hours', label: 'Hours', type: 'number'},
      {name: 'completedOn', label: 'Completed on', type: 'date'},
      {name: 'skills', label: 'Skills (comma separated)'},
    ],
    form: {courseId: '', title: '', provider: 'ACADEMY', hours: '', completedOn: '', skills: ''},
    formFields() {
      return this.fields;
    },
    async submit() {
      const body = {...this.form, hours: this.form.hours === '' ? null : Number(this.form.hours),
        completedOn: this.form.completedOn || null,
        skills: this.form.skills.split(',').map(s => s.trim()).filter(s => s)};
      await this.send(id => '/api/employees/' + id + '/course-completions', body);
    },
  }));

  // What an employee records on their own record: the form's fields for each, and where it is sent.
  const SHARED_KINDS = {
    talk: {label: 'A tech talk', path: '/tech-talks', date: 'givenOn',
           fields: [{name: 'title', label: 'Title'}, {name: 'venue', label: 'Where', placeholder: 'e.g. Tech Talks'},
                    {name: 'skills', label: 'Skills (comma separated)'},
                    {name: 'givenOn', label: 'Given on', type: 'date'}]},
    hackWeek: {label: 'A hack-week project', path: '/hack-week-projects', date: 'endedOn',
               fields: [{name: 'hackWeek', label: 'Hack week', placeholder: 'e.g. 2025-spring'},
                        {name: 'title', label: 'Project'},
                        {name: 'outcome', label: 'Outcome', options: ['DEMOED', 'SHIPPED', 'CONTINUED'], lowercase: true},
                        {name: 'skills', label: 'Skills (comma separated)'},
                        {name: 'endedOn', label: 'Ended on', type: 'date'}]},
    passionProject: {label: 'A passion project, started', path: '/passion-projects', date: 'startedOn',
                     fields: [{name: 'title', label: 'Project'}, {name: 'skills', label: 'Skills (comma separated)'},
                              {name: 'startedOn', label: 'Started on', type: 'date'}]},
  };

  // How a passion project ends, and leaving a learning pod: the later steps of what one started.
  const ONGOING_STEPS = {
    shipped: {button: 'Shipped', submit: 'Mark it shipped', path: '/shipped',
              body: s => ({outcome: s.outcome, shippedOn: s.on}), done: () => 'Marked shipped.'},
    stopped: {button: 'Stopped', submit: 'Mark it stopped', path: '/stopped',
              body: s => ({reason: s.reason, stoppedOn: s.on}), done: () => 'Marked stopped.'},
    leave: {button: 'Leave', submit: 'Leave the pod', path: '/leave', body: s => ({leftOn: s.on}),
            done: () => 'You left the pod.'},
  };

  Alpine.data('shareSomething', (me) => ({
    ...personPicker('sh'), SHARED_KINDS, kind: 'talk', ongoing: [],
    ...stepForms(ONGOING_STEPS, o => '/api/employees/' + encodeURIComponent(me.employeeId)
        + (o.kind === 'POD_JOINED' ? '/learning-pods/' + encodeURIComponent(o.refs.podId)
                                   : '/passion-projects/' + encodeURIComponent(o.refs.projectId))),
    // The passion projects still running and the pods not left, from one's own timeline.
    async reload() {
      try {
        const page = await Api.get('/api/employees/' + encodeURIComponent(me.employeeId) + '/timeline?limit=500');
        this.ongoing = page.entries.filter(e => (e.kind === 'PASSION_PROJECT_STARTED' && e.details.status === 'RUNNING')
                                                || (e.kind === 'POD_JOINED' && !e.details.leftOn));
      } catch (e) {
        this.error = e.message;
      }
    },
    ongoingSteps(o) {
      return o.kind === 'POD_JOINED' ? ['leave'] : ['shipped', 'stopped'];
    },
    form: {title: '', venue: '', skills: '', hackWeek: '', outcome: 'DEMOED', givenOn: today(), endedOn: today(),
           startedOn: today()},
    employee: {id: me.employeeId, label: me.name}, // one's own record: nobody to pick
    formFields() {
      return SHARED_KINDS[this.kind].fields;
    },
    async submit() {
      const kind = SHARED_KINDS[this.kind];
      const body = {};
      kind.fields.forEach(f => { body[f.name] = this.form[f.name]; });
      body.skills = this.form.skills.split(',').map(s => s.trim()).filter(s => s);
      body[kind.date] = this.form[kind.date] || null;
      await this.send(id => '/api/employees/' + id + kind.path, body);
      if (this.done) {
        Object.assign(this.form, {title: '', venue: '', skills: '', hackWeek: ''});
        await this.reload(); // a passion project started is still going
      }
    },
  }));

  // Tracks and levels of the framework in force, for the hire and transfer forms' selects.
  const frameworkChoices = {
    tracks: [],
    async loadFramework() {
      try {
        this.tracks = (await Api.get('/api/framework?on=' + today())).tracks;
      } catch (e) {
        this.error = e.message;
      }
    },
    trackNames() {
      return ['', ...this.tracks.map(t => t.name)];
    },
    levelsOf(track) {
      const found = this.tracks.find(t => t.name === track);
      return ['', ...(found ? found.levels.map(l => l.code) : [])];
    },
  };

  /** A form's text, trimmed; null when left empty (an optional field). */
  const optional = text => text.trim() === '' ? null : text.trim();

  // Talent partners hire; the manager is picked by name in a second picker, which says whom it picked by an event.
  Alpine.data('hireEmployee', () => ({
    ...frameworkChoices, pickerId: 'hr', busy: false, error: '', problem: null, hired: null, manager: null,
    form: {name: '', email: '', loginName: '', track: '', level: '', team: '', tribe: '', hiredOn: today(),
           selfIdentifiedGroup: ''},
    formFields() {
      return [{name: 'name', label: 'Name'}, {name: 'email', label: 'Email', type: 'email'},
              {name: 'loginName', label: 'Login name'}, {name: 'track', label: 'Track', options: this.trackNames()},
              {name: 'level', label: 'Level', options: this.levelsOf(this.form.track)},
              {name: 'team', label: 'Team'}, {name: 'tribe', label: 'Tribe (optional)'},
              {name: 'hiredOn', label: 'Hired on', type: 'date'},
              {name: 'selfIdentifiedGroup', label: 'Self-identified group (voluntary, for aggregate analysis only)'}];
    },
    fieldError(name) {
      return this.problem ? this.problem.forField(name) : '';
    },
    async submit() {
      this.error = '';
      this.problem = null;
      this.hired = null;
      this.busy = true;
      try {
        const answer = await Api.post('/api/employees', {...this.form, tribe: optional(this.form.tribe),
          selfIdentifiedGroup: optional(this.form.selfIdentifiedGroup), hiredOn: this.form.hiredOn || null,
          managerId: this.manager ? this.manager.id : null});
        this.hired = answer.employeeId;
      } catch (e) {
        this.problem = e;
        this.error = e.fieldErrors.length ? 'Please correct the fields marked below.' : e.message;
      } finally {
        this.busy = false;
      }
    },
  }));

  // A transfer (only what changes is sent) or a departure of the employee picked first.
  Alpine.data('moveEmployee', () => ({
    ...personPicker('mv'), ...frameworkChoices, kind: 'transfer', manager: null, doneText: '',
    form: {team: '', tribe: '', track: '', level: '', effectiveOn: today(), departedOn: today(), reason: ''},
    picked(detail) {
      if (detail.pickerId === 'mvm') this.manager = detail.person;
    },
    formFields() {
      return this.kind === 'transfer'
          ? [{name: 'team', label: 'New team'}, {name: 'tribe', label: 'New tribe'},
             {name: 'track', label: 'New track', options: this.trackNames()},
             {name: 'level', label: 'New level', options: this.levelsOf(this.form.track)},
             {name: 'effectiveOn', label: 'Effective on', type: 'date'}]
          : [{name: 'departedOn', label: 'Leaves on', type: 'date'}, {name: 'reason', label: 'Reason (optional)'}];
    },
    async submit() {
      const who = this.employee ? this.employee.label : '';
      if (this.kind === 'transfer') {
        await this.send(id => '/api/employees/' + id + '/transfers',
                        {team: optional(this.form.team), tribe: optional(this.form.tribe),
                         track: optional(this.form.track), level: optional(this.form.level),
                         managerId: this.manager ? this.manager.id : null, effectiveOn: this.form.effectiveOn || null});
        this.doneText = 'Transfer of ' + who + ' recorded.';
      } else {
        await this.send(id => '/api/employees/' + id + '/departure',
                        {departedOn: this.form.departedOn || null, reason: optional(this.form.reason)});
        this.doneText = 'Departure of ' + who + ' recorded.';
      }
    },
  }));

  // The giver is the signed-in user; the direction (manager, upward, peer) is the command side's to tell.
  Alpine.data('giveFeedback', () => ({
    ...personPicker('fb'),
    form: {text: '', receivedOn: today()},
    async submit() {
      await this.send(id => '/api/employees/' + id + '/feedback',
                      {text: this.form.text, receivedOn: this.form.receivedOn || null});
      if (this.done) this.form.text = '';
    },
  }));

  Alpine.data('proposeRotation', () => ({
    ...personPicker('ro'),
    form: {hostTeam: '', hostTrack: 'Engineering', plannedStart: '', plannedEnd: ''},
    async submit() {
      await this.send(id => '/api/employees/' + id + '/rotations',
                      {...this.form, plannedStart: this.form.plannedStart || null,
                       plannedEnd: this.form.plannedEnd || null, proposedOn: today()});
      if (this.done) window.dispatchEvent(new Event('career:rotation-proposed'));
    },
  }));

  // A rotation's next steps, each with its date: the host team's lead approves; the employee's manager, that lead or
  // a talent partner starts, extends, completes or cancels it. The list says which the reader may take.
  const ROTATION_STEPS = {
    approve: {button: 'Approve', submit: 'Approve for the host team', path: '/approval',
              body: s => ({approvedOn: s.on}), done: () => 'Approved: the rotation can start.'},
    start: {button: 'Start', submit: 'Start it', path: '/start', body: s => ({startedOn: s.on}),
            done: () => 'Started.'},
    extend: {button: 'Extend', submit: 'Extend it', path: '/extension',
             body: s => ({newPlannedEnd: s.newPlannedEnd || null, extendedOn: s.on}), done: () => 'Extended.'},
    complete: {button: 'Complete', submit: 'Complete it', path: '/completion',
               body: s => ({outcome: s.outcome, completedOn: s.on}), done: () => 'Completed.'},
    cancel: {button: 'Cancel the rotation', submit: 'Cancel it', path: '/cancellation',
             body: s => ({reason: s.reason, cancelledOn: s.on}), done: () => 'Cancelled.'},
  };

  Alpine.data('openRotations', () => ({
    ...listing('/api/rotations', 'rotations'),
    ...stepForms(ROTATION_STEPS, r => '/api/employees/' + encodeURIComponent(r.employeeId) + '/rotations/'
                                      + encodeURIComponent(r.rotationId)),
    reload() {
      return this.load();
    },
  }));

  Alpine.data('matchMentor', () => ({
    ...personPicker('mm'), open: [], mentorshipId: '', suggestions: [], mentorId: '', waiting: null,
    // Everyone waiting for a mentor, the longest first: the talent partner picks one instead of typing a name.
    async loadWaiting() {
      try {
        this.waiting = (await Api.get('/api/mentorships/requests')).requests;
      } catch (e) {
        this.error = e.message;
      }
    },
    async choose(request) {
      await this.pick({id: request.menteeId, label: request.menteeName});
      this.mentorshipId = request.mentorshipId;
      await this.suggest();
      document.getElementById('mm-mentor').focus();
    },
    // Once the mentee is picked: their requests still waiting for a mentor, and who would suit the first.
    async picked() {
      const mentorships = await Api.get('/api/employees/' + encodeURIComponent(this.employee.id) + '/mentorships');
      this.open = mentorships.asMentee.filter(m => m.details.status === 'REQUESTED');
      this.mentorshipId = this.open.length ? this.open[0].mentorshipId : '';
      await this.suggest();
    },
    async suggest() {
      const request = this.open.find(m => m.mentorshipId === this.mentorshipId);
      if (!request) return;
      const query = '?mentee=' + encodeURIComponent(this.employee.id) + '&topic='
          + encodeURIComponent(request.details.topic) + '&kind=' + request.details.kind;
      this.suggestions = (await Api.get('/api/mentorships/suggestions' + query)).suggestions;
      this.mentorId = this.suggestions.length ? this.suggestions[0].employeeId : '';
    },
    async submit() {
      if (!this.mentorshipId) {
        this.error = 'This employee has no request waiting for a mentor.';
        return;
      }
      await this.send(() => '/api/mentorships/' + encodeURIComponent(this.mentorshipId) + '/match',
                      {mentorId: this.mentorId, matchedOn: today()});
      if (this.done) await this.loadWaiting();
    },
  }));

  Alpine.data('projections', () => ({
    list: [], error: '', notice: '', timer: null,
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
    // Retry runs the projection's handlers again on its dead letters (after a fix); evict gives them up.
    async deadLetters(action, name) {
      this.error = '';
      this.notice = '';
      if (action === 'evict' && !confirm('Give up the dead letters of ' + name + '? Their events stay in the store, '
                                         + 'and a rebuild of the projection applies them again.')) {
        return;
      }
      try {
        const outcome = await Api.post('/api/admin/dead-letters', {action, processingGroup: name});
        this.notice = (action === 'retry' ? 'Retried ' : 'Gave up ') + outcome.sequences + ' sequence(s) of ' + name
            + ': ' + outcome.cleared + ' cleared, ' + outcome.remainingInGroup + ' dead letter(s) left.';
        this.refresh();
      } catch (e) {
        this.error = e.message;
      }
    },
  }));

  // Every figure as it stood on a business date when one is given ("as of"), else as recorded up to today.
  Alpine.data('analytics', () => ({
    error: '', impact: null, asOf: '', shownAsOf: '',
    async load() {
      this.error = '';
      const query = this.asOf ? '?asOf=' + encodeURIComponent(this.asOf) : '';
      try {
        const [velocity, programs, hours, impact] = await Promise.all([
          Api.get('/api/analytics/promotion-velocity' + query), Api.get('/api/analytics/program-outcomes' + query),
          Api.get('/api/analytics/learning-hours' + query), Api.get('/api/analytics/adverse-impact' + query)]);
        this.impact = impact;
        this.shownAsOf = this.asOf;
        this.bar('chart-velocity', velocity.velocity.map(v => v.track + ' ' + v.fromLevel),
                 [{label: 'Average months', data: velocity.velocity.map(v => v.averageMonths)}]);
        this.bar('chart-programs', programs.programs.map(p => p.program),
                 [{label: 'With (% promoted)', data: programs.programs.map(p => Math.round(100 * p.with.promotionRate))},
                  {label: 'Without (% promoted)', data: programs.programs.map(p => Math.round(100 * p.without.promotionRate))}]);
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
      Chart.getChart(canvas)?.destroy(); // drawn again for another date
      canvas.dataset.points = datasets.reduce((n, d) => n + d.data.length, 0);
      new Chart(canvas, {type: 'bar', data: {labels, datasets},
                         options: {responsive: true, maintainAspectRatio: false, animation: false}});
    },
  }));

  Alpine.data('team', () => ({
    people: [], error: '', nominating: null, justification: '', nominated: false, formError: '', problem: null,
    reviewing: null, review: {}, reviewError: '', reviewed: '',
    openCases: {}, // employee id -> the open case the manager nominated them in: a second nomination is refused
    async load() {
      try {
        const [readiness, open] = await Promise.all([Api.get('/api/readiness'), Api.get('/api/promotions?status=OPEN')]);
        this.people = readiness.employees;
        this.openCases = Object.fromEntries(open.cases.map(c => [c.employeeId, c.caseId]));
      } catch (e) {
        this.error = e.message;
      }
    },
    fieldError(name) {
      return this.problem ? this.problem.forField(name) : '';
    },
    // The half-year a review is written for, by default the current one ("2026-H2").
    startReview(person) {
      const day = today();
      this.reviewing = person;
      this.review = {period: day.substring(0, 4) + (Number(day.substring(5, 7)) <= 6 ? '-H1' : '-H2'),
                     selfReflection: '', managerAssessment: '', completedOn: day};
      this.reviewError = '';
      this.reviewed = '';
    },
    async completeReview() {
      this.reviewError = '';
      try {
        await Api.post('/api/employees/' + encodeURIComponent(this.reviewing.employeeId) + '/reviews',
                       {...this.review, completedOn: this.review.completedOn || null});
        this.reviewed = 'Review ' + this.review.period + ' with ' + this.reviewing.name + ' recorded.';
        this.reviewing = null;
      } catch (e) {
        this.reviewError = stepError(e);
      }
    },
    async nominate() {
      this.formError = '';
      this.problem = null;
      try {
        await Api.post('/api/promotions', {employeeId: this.nominating.employeeId, toLevel: this.nominating.nextLevel,
          justification: this.justification, nominatedOn: today()});
        this.nominated = true;
        this.nominating = null;
        await this.load();
      } catch (e) {
        this.problem = e;
        this.formError = e.fieldErrors.length ? 'Please correct the fields marked below.' : e.message;
      }
    },
  }));

  // What the mentee or the mentor records on a mentorship, each step with its date: the form's fields are in the page,
  // the body sent and the words said once it is recorded here.
  const MENTORSHIP_STEPS = {
    session: {button: 'Log a session', submit: 'Log it', path: '/sessions',
              body: s => ({minutes: Number(s.minutes), notes: s.notes || null, heldOn: s.on}),
              done: s => 'Session of ' + s.minutes + ' minutes logged on ' + s.on + '.'},
    goal: {button: 'Goal achieved', submit: 'Mark it achieved', path: '/achieved-goals',
           body: s => ({goal: s.goal, achievedOn: s.on}), done: s => 'Goal achieved: ' + s.goal + '.'},
    conclude: {button: 'Conclude', submit: 'Conclude the mentorship', path: '/conclusion',
               body: s => ({menteeFeedback: s.menteeFeedback, mentorFeedback: s.mentorFeedback, concludedOn: s.on}),
               done: s => 'Mentorship concluded on ' + s.on + '.'},
    cancel: {button: 'Cancel the mentorship', submit: 'Cancel it', path: '/cancellation',
             body: s => ({reason: s.reason, cancelledOn: s.on}), done: s => 'Mentorship cancelled on ' + s.on + '.'},
  };

  Alpine.data('mentor', () => ({
    topic: '', kind: 'CLASSIC', goals: '', suggestions: [], error: '', problem: null, requested: false, busy: false,
    mine: null, ...stepForms(MENTORSHIP_STEPS, id => '/api/mentorships/' + encodeURIComponent(id)),
    // What may be recorded next: a request waiting for a match can be cancelled; a matched mentorship gets sessions,
    // its goals (the mentee's side lists them), its conclusion or its cancellation.
    stepsOf(m) {
      if (m.status === 'REQUESTED') return m.side === 'mentee' ? ['cancel'] : [];
      if (m.status !== 'MATCHED') return [];
      return ['session', ...(this.openGoals(m).length ? ['goal'] : []), 'conclude', 'cancel'];
    },
    stepDefaults(m) {
      return {minutes: 30, notes: '', goal: this.openGoals(m)[0] || '', menteeFeedback: '', mentorFeedback: '',
              reason: ''};
    },
    achievedGoals(m) {
      return m.steps.filter(s => s.kind === 'MENTORSHIP_GOAL_ACHIEVED').map(s => s.details.goal);
    },
    openGoals(m) {
      const achieved = this.achievedGoals(m);
      return m.side === 'mentee' ? (m.details.goals || []).filter(g => !achieved.includes(g)) : [];
    },
    // The mentee's goals, those achieved marked; a mentor's side of a mentorship carries none.
    goalsLine(m) {
      if (!m.details.goals) return '';
      const achieved = this.achievedGoals(m);
      return 'Goals: ' + m.details.goals.map(g => achieved.includes(g) ? g + ' (achieved)' : g).join('; ');
    },
    reload() {
      return this.loadMine();
    },
    // The mentorships one has, as mentee and as mentor, so that a request is seen to be waiting or matched.
    async loadMine() {
      try {
        this.mine = await Api.get('/api/employees/' + encodeURIComponent(this.me.employeeId) + '/mentorships');
      } catch (e) {
        this.error = e.message;
      }
    },
    mentorships() {
      if (!this.mine) return [];
      return [...this.mine.asMentee.map(m => ({...m, side: 'mentee'})),
              ...this.mine.asMentor.map(m => ({...m, side: 'mentor'}))]
          .sort((a, b) => (b.since || '').localeCompare(a.since || ''));
    },
    // "As mentee since 2024-03-01, matched, mentor Ada Lovelace · 2 sessions": the mentor's name from the match.
    mentorshipLine(m) {
      const status = {REQUESTED: 'waiting for a match'}[m.status] || (m.status || '').toLowerCase();
      const matched = m.steps.find(step => step.kind === 'MENTOR_MATCHED');
      const mentor = matched ? matched.title.split(': ')[0].replace(/^Matched with (a )?mentor ?/, '') : '';
      const withWhom = m.side === 'mentee' && mentor ? ', mentor ' + mentor : '';
      const sessions = m.steps.filter(step => step.kind === 'MENTORSHIP_SESSION').length;
      return 'As ' + m.side + ' since ' + m.since + ', ' + status + withWhom
          + (sessions ? ' · ' + sessions + (sessions === 1 ? ' session' : ' sessions') : '');
    },
    async suggest() {
      if (!this.topic.trim()) return;
      try {
        const query = '?mentee=' + encodeURIComponent(this.me.employeeId) + '&topic=' + encodeURIComponent(this.topic)
            + '&kind=' + this.kind;
        this.suggestions = (await Api.get('/api/mentorships/suggestions' + query)).suggestions;
      } catch (e) {
        this.error = e.message;
      }
    },
    fieldError(name) {
      return this.problem ? this.problem.forField(name) : '';
    },
    async request() {
      this.error = '';
      this.problem = null;
      this.requested = false;
      this.busy = true;
      try {
        await Api.post('/api/mentorships', {menteeId: this.me.employeeId, kind: this.kind, topic: this.topic,
          goals: this.goals.split('\n').map(g => g.trim()).filter(g => g), requestedOn: today()});
        this.requested = true;
        await this.loadMine();
      } catch (e) {
        this.problem = e;
        this.error = e.fieldErrors.length ? 'Please correct the fields marked below.' : e.message;
      } finally {
        this.busy = false;
      }
    },
  }));

  // A page listing what one GET answers under one key: loaded once shown, the error in its words otherwise.
  const listing = (path, key) => ({
    list: [], loaded: false, error: '',
    async load() {
      try {
        this.list = (await Api.get(path))[key];
        this.loaded = true;
      } catch (e) {
        this.error = e.message;
      }
    },
  });

  Alpine.data('celebrations', () => listing('/api/celebrations', 'celebrations'));

  // Search across careers: people by name and by what they did, and the courses, talks, skills, teams and topics
  // they are filed under. A thing found searches again for the people filed under its words.
  Alpine.data('search', (me) => ({
    q: '', results: [], searched: '', error: '', busy: false,
    async run() {
      this.error = '';
      if (!this.q.trim()) return;
      this.busy = true;
      try {
        this.results = (await Api.get('/api/search?limit=50&q=' + encodeURIComponent(this.q.trim()))).results;
        this.searched = this.q.trim();
      } catch (e) {
        this.error = e.message;
      } finally {
        this.busy = false;
      }
    },
    async peopleFor(hit) {
      this.q = hit.label;
      await this.run();
    },
    // Whose timeline the signed-in user may open: their own, or anyone's for talent partners, auditors and managers
    // (the API tells a manager when someone is not their report).
    opens(hit) {
      return hit.type === 'person' && (hit.id === me.employeeId
          || ['TALENT_PARTNER', 'AUDITOR', 'MANAGER'].some(role => me.roles.includes(role)));
    },
    typeLabel(type) {
      return {course: 'Course', talk: 'Talk', skill: 'Skill', team: 'Team', topic: 'Mentorship topic'}[type]
          || type.charAt(0).toUpperCase() + type.slice(1);
    },
  }));

  Alpine.data('cases', () => ({
    ...listing('/api/promotions', 'cases'),
    // An empty list says whose cases would be here, since managers and members see only theirs.
    empty() {
      const has = role => this.me && this.me.roles.includes(role);
      if (has('TALENT_PARTNER') || has('AUDITOR')) return 'No promotion case yet.';
      if (has('MANAGER') && has('COMMITTEE')) return 'No case you nominated or sit on yet.';
      if (has('MANAGER')) return 'No case you nominated yet: nominate a report from My team.';
      return 'No case has you on its committee yet.';
    },
  }));

  Alpine.data('promotionCase', (caseId, me) => ({
    audit: null, error: '', notice: '', problem: null,
    reviewForm: {recommendation: 'APPROVE', comments: ''},
    decisionForm: {outcome: 'APPROVED', rationale: ''},
    async load() {
      try {
        this.audit = await Api.get('/api/promotions/' + encodeURIComponent(caseId) + '/audit');
      } catch (e) {
        this.error = e.message;
      }
    },
    reviews() {
      return this.audit.reviews || [];
    },
    // Someone the case names, by name where the directory has one ('[erased]' once their personal data is erased).
    who(employeeId) {
      return (this.audit.names || {})[employeeId] || employeeId;
    },
    // A text naming people by id (a mentorship the evidence counts), with their names.
    named(text) {
      return Object.entries(this.audit.names || {}).reduce((t, [id, name]) => t.split(id).join(name), text);
    },
    // The criteria the evidence assessed, as attached: each met or not, with the facts it counted.
    criteria() {
      const content = this.audit.evidence && this.audit.evidence.content;
      return content && content.criteria ? content.criteria : [];
    },
    // A decision the readiness rules would not have made: the rationale is then the committee's reason.
    againstEvidence() {
      if (this.audit.decisionFollowsEvidence !== false) return '';
      const approved = this.audit.decision.outcome === 'APPROVED';
      return 'Decided against the evidence: ' + (approved ? 'approved although' : 'rejected although')
          + ' the readiness rules said ' + this.audit.evidence.readinessStatus.toLowerCase().replaceAll('_', ' ')
          + '. The rationale above is the committee\'s reason.';
    },
    // Who recorded a step: an employee by name, a system (the demo data, an import, the saga) as it is.
    recordedBy(actor) {
      return actor && actor.startsWith('employee:') ? this.who(actor.substring('employee:'.length)) : actor;
    },
    // The four-eyes rule, as the case stands: who reviews, who decides, and when.
    fourEyes() {
      const committee = this.audit.committee;
      if (!committee) return 'No committee yet: a talent partner assigns one (never the nominee nor the nominator).';
      const filed = this.reviews().length;
      return 'Four eyes: ' + filed + (filed === 1 ? ' review' : ' reviews') + ' filed (' + this.audit.reviewsRequired
          + ' required) by a committee of ' + committee.members.length + '; only the chair, '
          + this.who(committee.chairId) + ', decides, once the required reviews are in. Nominated by '
          + this.who(this.audit.nominatedBy) + ', who does not sit on the committee.';
    },
    canReview() {
      const c = this.audit && this.audit.committee;
      return !!(c && me.employeeId && me.roles.includes('COMMITTEE') && c.members.includes(me.employeeId)
          && !this.audit.decision && !this.reviews().some(r => r.reviewerId === me.employeeId) && this.audit.evidence);
    },
    canDecide() {
      const c = this.audit && this.audit.committee;
      return !!(c && me.employeeId === c.chairId && !this.audit.decision
          && this.reviews().length >= this.audit.reviewsRequired);
    },
    fieldError(name) {
      return this.problem ? this.problem.forField(name) : '';
    },
    // Sends the step, then reads the case again until it shows it ({@code shown}): the audit view follows the command.
    async act(path, body, done, shown) {
      this.error = '';
      this.notice = '';
      this.problem = null;
      try {
        await Api.post('/api/promotions/' + encodeURIComponent(caseId) + path, body);
        this.notice = done;
        for (let i = 0; i < 40; i++) {
          await this.load();
          if (shown()) return;
          await new Promise(r => setTimeout(r, 250));
        }
      } catch (e) {
        this.problem = e;
        this.error = e.fieldErrors.length ? 'Please correct the fields marked below.' : e.message;
      }
    },
    review() {
      const before = this.reviews().length;
      return this.act('/reviews', {...this.reviewForm, reviewedOn: today()}, 'Your review is filed.',
                      () => this.reviews().length > before);
    },
    decide() {
      return this.act('/decision', {...this.decisionForm, decidedOn: today()}, 'The decision is recorded.',
                      () => !!this.audit.decision);
    },
    // A talent partner's steps: the committee, the evidence (also a member's), the announcement.
    memberQuery: '', memberResults: [], members: [], chairId: '', announcement: '',
    talentPartner() {
      return me.roles.includes('TALENT_PARTNER');
    },
    canAssign() {
      return !!this.audit && this.talentPartner() && !this.audit.committee && !this.audit.decision;
    },
    async findMembers() {
      if (this.memberQuery.trim().length < 2) {
        this.memberResults = [];
        return;
      }
      const found = await Api.get('/api/search?q=' + encodeURIComponent(this.memberQuery));
      const excluded = [this.audit.employeeId, this.audit.nominatedBy, ...this.members.map(m => m.id)];
      this.memberResults = found.results.filter(r => r.type === 'person' && !excluded.includes(r.id));
    },
    addMember(person) {
      this.members.push(person);
      this.chairId = this.chairId || person.id;
      this.memberQuery = '';
      this.memberResults = [];
    },
    removeMember(person) {
      this.members = this.members.filter(m => m.id !== person.id);
      if (this.chairId === person.id) this.chairId = this.members.length ? this.members[0].id : '';
    },
    assign() {
      return this.act('/committee', {members: this.members.map(m => m.id), chairId: this.chairId || null,
                                     assignedOn: today()}, 'The committee is assigned.', () => !!this.audit.committee);
    },
    canAttachEvidence() {
      const c = this.audit && this.audit.committee;
      const member = !!(c && me.employeeId && c.members.includes(me.employeeId));
      return !!this.audit && !this.audit.evidence && !this.audit.decision && (this.talentPartner() || member);
    },
    attachEvidence() {
      return this.act('/evidence', {assessedOn: today()}, 'The evidence is attached.', () => !!this.audit.evidence);
    },
    approved() {
      return !!(this.audit && this.audit.decision && this.audit.decision.outcome === 'APPROVED');
    },
    awaitsConsent() {
      return this.approved() && this.talentPartner() && !this.audit.announcementConsentOn;
    },
    canAnnounce() {
      return this.approved() && this.talentPartner() && !!this.audit.announcementConsentOn && !this.audit.announcement;
    },
    announce() {
      return this.act('/announcement', {message: this.announcement, announcedOn: today()},
                      'Announced: it is on the Celebrations page.', () => !!this.audit.announcement);
    },
  }));

  Alpine.data('auditTools', () => ({
    error: '', result: '', busy: false,
    async verify() {
      this.busy = true;
      this.error = '';
      try {
        const v = await Api.get('/api/audit/verify');
        this.result = v.status === 'OK'
            ? 'OK: ' + v.commitsVerified + ' commits verified, the chain is intact.'
            : v.status + ': ' + (v.reason || '') + (v.brokenAt ? ' (at commit ' + v.brokenAt + ')' : '');
      } catch (e) {
        this.error = e.message;
      } finally {
        this.busy = false;
      }
    },
  }));

  // On the auditor's and the analyst's pages; the API pseudonymizes an analyst's export (ADR 0016).
  Alpine.data('eventExport', () => ({
    error: '', exported: '', busy: false, format: 'ndjson', from: '', to: '',
    pseudonymized() {
      return this.me && !this.me.roles.includes('AUDITOR');
    },
    // The export needs the credentials, so it is fetched here and handed to the browser as a file.
    async exportEvents() {
      this.busy = true;
      this.error = '';
      try {
        const query = '?format=' + this.format + (this.from ? '&from=' + this.from : '') + (this.to ? '&to=' + this.to : '');
        const response = await fetch('/api/export/events' + query, {headers: {'Authorization': 'Basic ' + Api.credentials(),
          'X-Requested-With': 'XMLHttpRequest'}});
        if (!response.ok) throw ApiError.from(response.status, await response.json());
        const text = await response.text();
        const lines = text.split('\n').filter(l => l.trim()).length;
        const link = document.createElement('a');
        link.href = URL.createObjectURL(new Blob([text]));
        link.download = 'events.' + (this.format === 'csv' ? 'csv' : this.format === 'cloudevents' ? 'json' : 'ndjson');
        link.click();
        this.exported = 'Downloaded ' + link.download + ' (' + lines + ' lines).';
      } catch (e) {
        this.error = e.message;
      } finally {
        this.busy = false;
      }
    },
  }));
});

// The labels of the step forms (a goal's, a mentorship's) for the fields the API names in its answer.
const STEP_FIELD_LABELS = {
  note: 'Progress', reason: 'Why', minutes: 'Minutes', notes: 'Notes', goal: 'Goal',
  menteeFeedback: 'The mentee\'s feedback', mentorFeedback: 'The mentor\'s feedback', notedOn: 'On', achievedOn: 'On',
  droppedOn: 'On', heldOn: 'On', concludedOn: 'On', cancelledOn: 'On', approvedOn: 'On', startedOn: 'On',
  extendedOn: 'On', completedOn: 'On', newPlannedEnd: 'New planned end', outcome: 'Outcome', period: 'Period',
  selfReflection: 'Their reflection', managerAssessment: 'Your assessment', shippedOn: 'On', stoppedOn: 'On',
  leftOn: 'On',
};

/** A step form's error in the words of its labels: "Why must not be blank", not "reason must not be blank". */
function stepError(error) {
  if (!error.fieldErrors || !error.fieldErrors.length) return error.message;
  return error.fieldErrors.map(f => (STEP_FIELD_LABELS[f.field] || f.field) + ' ' + f.message).join('; ') + '.';
}

// An inline form for the next step of one item of a list (a mentorship, a rotation), one open at a time: opened with
// the step's defaults and today's date, sent to the item's path, then the list read again (the component's reload);
// errors in the form's own words.
function stepForms(steps, pathOf) {
  return {
    stepKinds: steps, stepFor: null, stepKind: null, step: {}, stepError: '', stepDone: '',
    openStep(item, kind, defaults) {
      this.stepFor = item;
      this.stepKind = kind;
      this.step = {on: today(), ...defaults};
      this.stepError = '';
      this.stepDone = '';
    },
    async recordStep() {
      const kind = steps[this.stepKind];
      this.stepError = '';
      try {
        await Api.post(pathOf(this.stepFor) + kind.path, kind.body(this.step));
        this.stepDone = kind.done(this.step);
        this.stepFor = null;
        await this.reload();
      } catch (e) {
        this.stepError = stepError(e);
      }
    },
  };
}

/** The user's own calendar day (not UTC's), which is what the facts they record are dated by. */
function today() {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().substring(0, 10);
}

// What the talent partner's forms share: picking the employee by name, and sending the form with its errors shown
// at the fields they concern.
function personPicker(pickerId) {
  return {
    pickerId, q: '', results: [], employee: null, busy: false, done: false, error: '', problem: null,
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
    async pick(person) {
      this.employee = person;
      this.q = person.label;
      this.results = [];
      this.$dispatch('person-picked', {pickerId: this.pickerId, person}); // for a form that holds a second picker
      if (this.picked) await this.picked();
    },
    fieldError(name) {
      if (name === 'employee') {
        return this.problem === 'no-employee' ? 'Pick the employee first.' : '';
      }
      return this.problem instanceof ApiError ? this.problem.forField(name) : '';
    },
    async send(path, body) {
      this.error = '';
      this.done = false;
      this.problem = null;
      if (!this.employee) {
        this.problem = 'no-employee';
        this.error = 'Pick the employee first.';
        return;
      }
      this.busy = true;
      try {
        await Api.post(path(encodeURIComponent(this.employee.id)), body);
        this.done = true;
      } catch (e) {
        this.problem = e;
        this.error = e.fieldErrors.length ? 'Please correct the fields marked below.' : e.message;
      } finally {
        this.busy = false;
      }
    },
  };
}
