import { Home } from './Home';
import { STRINGS } from './strings';

/** The book's shell. */
export function App() {
  const strings = STRINGS.en;
  return (
    <>
      <a className="skip-link" href="#main">
        {strings.skipToContent}
      </a>
      <Home strings={strings} />
    </>
  );
}
