import { useDocumentTitle } from '../lib/document-title';

export function NotFound() {
  useDocumentTitle('Page not found');
  return (
    <div className="page-head">
      <h1>Page not found</h1>
      <p>
        <a href="#/">Back to the scenarios</a>
      </p>
    </div>
  );
}
