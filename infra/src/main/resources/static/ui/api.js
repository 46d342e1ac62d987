// The API as the web interface calls it: HTTP Basic from the signed-in session, and every error as plain words.
// Credentials live in sessionStorage only (this tab, until it closes); no cookie, so no cross-site request can use them.
const Api = {
  credentials() {
    return sessionStorage.getItem('career.credentials');
  },
  signIn(user, password) {
    sessionStorage.setItem('career.credentials', btoa(unescape(encodeURIComponent(user + ':' + password))));
  },
  signOut() {
    sessionStorage.removeItem('career.credentials');
  },
  // The store position of the last command this page sent: reads wait until the views show it (read your writes).
  position: null,
  async call(method, path, body) {
    const headers = {'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest'};
    if (this.credentials()) {
      headers['Authorization'] = 'Basic ' + this.credentials();
    }
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    const consistentWith = method === 'GET' ? this.position : null;
    if (consistentWith !== null) {
      headers['Career-Consistent-With'] = consistentWith;
    }
    let response;
    try {
      response = await fetch(path, {method, headers, body: body === undefined ? undefined : JSON.stringify(body)});
    } catch (e) {
      throw new ApiError(0, 'The server cannot be reached. Check your connection and try again.', []);
    }
    const text = await response.text();
    const json = text ? JSON.parse(text) : null;
    if (consistentWith !== null && response.status === 400 && json && /Career-Consistent-With/.test(json.detail)) {
      this.position = null; // a store started afresh since: read it as it is
      return this.call(method, path, body);
    }
    const position = response.headers.get('Career-Position');
    if (response.ok && position !== null && (this.position === null || Number(position) > Number(this.position))) {
      this.position = position;
    }
    if (!response.ok) {
      throw ApiError.from(response.status, json);
    }
    return json;
  },
  get(path) {
    return this.call('GET', path);
  },
  post(path, body) {
    return this.call('POST', path, body === undefined ? {} : body);
  },
};

// A problem answer (RFC 7807) in plain words, with the message for each field it names.
class ApiError extends Error {
  constructor(status, message, fieldErrors) {
    super(message);
    this.status = status;
    this.fieldErrors = fieldErrors;
  }

  static from(status, problem) {
    const plain = {
      401: 'Your user name or password was not accepted. Please sign in again.',
      403: 'You are not allowed to do this with your role.',
      404: 'That record does not exist (any more).',
      503: 'The service is busy or restarting. Try again in a moment.',
    };
    const detail = problem && problem.detail ? problem.detail : '';
    const fields = problem && Array.isArray(problem.errors) ? problem.errors : [];
    const message = status === 401 || status === 403 ? plain[status]
        : detail || plain[status] || 'Something went wrong (' + status + ').';
    return new ApiError(status, message, fields.map(e => ({field: e.field || e.column, message: e.message})));
  }

  // The message for a field of a form, if the API named it.
  forField(name) {
    const found = this.fieldErrors.find(e => e.field === name);
    return found ? found.message : '';
  }
}
