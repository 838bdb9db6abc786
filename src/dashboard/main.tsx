import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiError, me, type Me } from './api';
import { LoginPage } from './login-page';
import { Workspace } from './workspace';
import './dashboard.css';

// The organizers' dashboard: its own entry (dashboard.html). Citizens' phones never download it.

type State = { kind: 'checking' } | { kind: 'login' } | { kind: 'in'; me: Me } | { kind: 'error'; message: string };

function Dashboard() {
  const [state, setState] = useState<State>({ kind: 'checking' });
  // Stable: the pages list it among what their loading effects depend on.
  const loggedOut = useCallback(() => setState({ kind: 'login' }), []);
  useEffect(() => {
    me().then(
      (who) => setState({ kind: 'in', me: who }),
      (e: unknown) => setState(e instanceof ApiError && e.status === 401 ? { kind: 'login' } : { kind: 'error', message: String(e) }),
    );
  }, []);
  if (state.kind === 'checking') return <p class="status">Đang tải…</p>;
  if (state.kind === 'error') return <p class="status error">Không kết nối được máy chủ: {state.message}</p>;
  if (state.kind === 'login') return <LoginPage onIn={(who) => setState({ kind: 'in', me: who })} />;
  return <Workspace me={state.me} onOut={loggedOut} />;
}

render(<Dashboard />, document.getElementById('dashboard')!);
