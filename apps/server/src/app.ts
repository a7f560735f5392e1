import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { Express } from 'express';
import { existsSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import type { Config } from './config';
import type { Context } from './context';
import { formatError } from './graphql/errors';
import { operationLimitsPlugin } from './graphql/hardening';
import { buildGraphQLSchema } from './graphql/schema';
import { credentialRoutes } from './http/credential-routes';
import { GRAPHIQL_HTML, graphiqlRouter } from './http/graphiql';
import { cookieCsrfGuard, graphqlCors, graphqlRateLimits, securityHeaders, signInOutcomePlugin, signInRateLimits } from './http/security';
import { createLoaders } from './loaders';
import { authenticate } from './modules/auth/authenticate';
import { createModules } from './modules';
import { imsRoutes } from './modules/ims/ims.routes';
import { createOAuthProvider, OAUTH_PATH, oauthInteractionRoutes } from './modules/ims/oauth-provider';
import { ssoRoutes } from './modules/sso/sso.routes';
import { graphqlBodyErrorHandler, publicErrorHandler } from './http/public-errors';

const GRAPHQL_BODY_LIMIT = '8mb';

export interface OpenClrApp {
  app: Express;
  modules: ReturnType<typeof createModules>;
  httpServer: Server;
  stop(): Promise<void>;
}

/** Builds the whole HTTP surface — GraphQL, GraphiQL, health check, SPA — on one Express app. */
export async function createApp(dataSource: DataSource, config: Config): Promise<OpenClrApp> {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(securityHeaders({ https: config.secureCookies }));
  const httpServer = createServer(app);
  const modules = createModules(config);
  const schema = await buildGraphQLSchema(modules.resolvers);

  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    // The CLI owns shutdown (HTTP, then database, then the bundled PostgreSQL); Apollo's own handlers would race it.
    stopOnTerminationSignals: false,
    // Allowed here and gated per viewer by operationLimitsPlugin (Apollo's own switch cannot tell callers apart).
    introspection: true,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      operationLimitsPlugin({
        maxDepth: config.security.maxQueryDepth,
        maxComplexity: config.security.maxQueryComplexity,
        introspectionNeedsViewer: config.security.production,
      }),
      signInOutcomePlugin,
    ],
  });
  await apollo.start();

  app.get('/healthz', async (_req, res) => {
    try {
      await dataSource.query('SELECT 1');
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable', reason: 'database' });
    }
  });

  app.use(graphiqlRouter());
  app.get('/graphql', (req, res, next) => {
    if (req.accepts(['application/json', 'text/html']) === 'text/html') {
      res.type('html').send(GRAPHIQL_HTML);
      return;
    }
    next();
  });
  app.use(
    '/graphql',
    graphqlCors(config.security.corsOrigins),
    cookieCsrfGuard,
    ...graphqlRateLimits(config.security),
    // Large enough for verifyCredential with a baked PNG in base64 (the REST verifier takes 5 MB raw).
    express.json({ limit: GRAPHQL_BODY_LIMIT }),
    ...signInRateLimits(config.security),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<Context> => {
        const em = dataSource.manager;
        return {
          requestId: (req.headers['x-request-id'] as string | undefined) ?? randomUUID(),
          viewer: await authenticate(em, req),
          em,
          dataSource,
          loaders: createLoaders(em),
          config,
          req,
          res,
        };
      },
    }),
  );

  app.use('/graphql', graphqlBodyErrorHandler(GRAPHQL_BODY_LIMIT));

  app.use(credentialRoutes(modules.services, dataSource));
  // 1EdTech REST APIs and their OAuth 2.0 server (oidc-provider, mounted last: it answers everything below /oauth).
  const oauth = createOAuthProvider(dataSource, config);
  app.use(imsRoutes(modules.services, dataSource, oauth));
  app.use(oauthInteractionRoutes(oauth, dataSource));
  app.use(OAUTH_PATH, oauth.callback());
  app.use(ssoRoutes(modules.services.sso, modules.services.vault, dataSource, config));

  if (existsSync(join(config.webDist, 'index.html'))) {
    app.use(express.static(config.webDist, { index: false, maxAge: '1h' }));
    app.get(/^\/(?!graphql|healthz|api\/|ims\/).*/, (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(join(config.webDist, 'index.html'));
    });
  } else {
    app.get('/', (_req, res) => {
      res.type('text').send('OpenCLR API is running. The web app is not built: run `npm start` from the repository root. GraphQL: /graphql');
    });
  }

  app.use(publicErrorHandler);

  return {
    app,
    modules,
    httpServer,
    stop: async () => {
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
