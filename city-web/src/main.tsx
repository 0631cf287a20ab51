import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { appOf } from './routing/routes.js';

// Each app is loaded on its own: a citizen's phone never downloads the staff pages.
const WaitsApp = lazy(() => import('./waits/waits-app.js').then((module) => ({ default: module.WaitsApp })));
const BookApp = lazy(() => import('./book/book-app.js').then((module) => ({ default: module.BookApp })));
const StaffApp = lazy(() => import('./staff/staff-app.js').then((module) => ({ default: module.StaffApp })));

const container = document.getElementById('root');
if (!container) {
  console.error('city-web: the page has no #root element');
} else {
  const app = appOf(window.location.pathname);
  // The bare /city/ (and anything else) is the citizens' page.
  if (app === null) window.history.replaceState(null, '', '/waits');
  createRoot(container).render(
    <StrictMode>
      <Suspense fallback={null}>{app === 'staff' ? <StaffApp /> : app === 'book' ? <BookApp /> : <WaitsApp />}</Suspense>
    </StrictMode>,
  );
}
