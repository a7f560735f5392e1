import { Router } from 'express';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const requireHere = createRequire(__filename);
const packageDir = (name: string) => dirname(requireHere.resolve(`${name}/package.json`));

/**
 * GraphiQL served from npm packages (React 18 UMD + GraphiQL 3 UMD) so that it works offline and no CDN sees
 * who is browsing the API.
 */
export function graphiqlRouter(): Router {
  const router = Router();
  const assets: Record<string, string> = {
    'react.js': join(packageDir('react'), 'umd', 'react.production.min.js'),
    'react-dom.js': join(packageDir('react-dom'), 'umd', 'react-dom.production.min.js'),
    'graphiql.js': join(packageDir('graphiql'), 'graphiql.min.js'),
    'graphiql.css': join(packageDir('graphiql'), 'graphiql.min.css'),
  };
  router.get('/graphiql/:asset', (req, res, next) => {
    const file = assets[req.params.asset];
    if (!file) return next();
    res.setHeader('Cache-Control', 'public, max-age=86400');
    // pnpm keeps packages under node_modules/.pnpm, a dot-directory that sendFile refuses by default.
    res.sendFile(file, { dotfiles: 'allow' });
  });
  router.get('/graphiql/start.js', (_req, res) => {
    res.type('application/javascript').send(GRAPHIQL_START);
  });
  return router;
}

export const GRAPHIQL_HTML = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>OpenCLR GraphQL API</title>
  <link rel="stylesheet" href="/graphiql/graphiql.css">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="/graphiql/react.js"></script>
  <script src="/graphiql/react-dom.js"></script>
  <script src="/graphiql/graphiql.js"></script>
  <script src="/graphiql/start.js"></script>
</body>
</html>`;

export const GRAPHIQL_START = `(function () {
  var token = new URLSearchParams(location.hash.slice(1)).get('token');
  var headers = token ? { Authorization: 'Bearer ' + token } : {};
  var fetcher = GraphiQL.createFetcher({ url: '/graphql', headers: headers });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultEditorToolsVisibility: true,
      defaultQuery: '# Sign in to OpenCLR in this browser first, or open /graphql#token=<bearer token>.\\n{\\n  viewer {\\n    roles\\n    person { displayName }\\n  }\\n}\\n'
    })
  );
})();`;
