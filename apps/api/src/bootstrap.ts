import type { ErrorRequestHandler, NextFunction, Request, Response } from 'express';
import compression from 'compression';
import express from 'express';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { z } from 'zod';
import { ErrorBody } from '@bangfu/contracts';
import { AppModule, requestId } from './app.module';
import { answerClientError } from './common/client-error';
import { ErrorFilter, sendError } from './common/error.filter';
import type { AppConfig } from './config/config';
import { Database } from './database/database';
import { seedIfEmpty } from './demo/seed-if-empty';
import { HomeService } from './home/home.service';
import { SearchIndexer } from './search/search-indexer';
import { SearchService } from './search/search.service';
import { CatalogService } from './catalog/catalog.service';
import { CertificateCheckService } from './certification/certificate-check.service';
import { storefrontHead } from './web/storefront-head';
import { securityHeaders } from './web/security-headers';
import { serveWebApps } from './web/web-apps';

export interface BuiltApp {
  app: NestExpressApplication;
  web: { served: string[]; missing: string[] };
}

/** Builds the whole HTTP application; main.ts listens on it, tests hand it to supertest. */
export async function createApp(config: AppConfig): Promise<BuiltApp> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bodyParser: false,
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', config.trustProxy);
  // API answers carry timings and live stock, so an ETag (a hash of every body) would never match.
  app.set('etag', false);
  app.use(securityHeaders());
  // Answers the browser accepts compressed (API JSON, pages) are compressed on the way out; built assets
  // already carry Content-Encoding from their .br/.gz twins (web/web-apps.ts) and pass through untouched.
  app.use(compression());
  app.use((req: Request, res: Response, next: NextFunction) => {
    req.id = requestId(req, res);
    next();
  });
  app.use(express.json({ limit: '1mb' }), express.urlencoded({ extended: false, limit: '256kb' }));
  // An action route posted without a body (cancel, submit, …) is read as an empty object, not refused.
  app.use((req: Request, _res: Response, next: NextFunction) => {
    req.body ??= {};
    next();
  });
  app.use(((err, req, res, _next) => sendError(err, req, res)) as ErrorRequestHandler);
  app.setGlobalPrefix('api');
  app.useGlobalFilters(new ErrorFilter());

  const openApi = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('帮扶集市 Bangfu Market API')
      .setDescription('Certified consumption-assistance products of Hanzhong: catalog, certification, orders, payments.')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, cleanupOpenApiDoc(documentErrors(openApi)), { jsonDocumentUrl: 'api/docs-json' });

  const catalog = app.get(CatalogService);
  const home = app.get(HomeService);
  const search = app.get(SearchService);
  const certificates = app.get(CertificateCheckService);
  const web = serveWebApps(app.getHttpAdapter().getInstance(), {
    distDir: config.webDistDir,
    mediaDir: join(config.dataDir, 'media'),
    imageCacheDir: join(config.dataDir, 'media-cache'),
    storefrontHead: (manifest) =>
      storefrontHead(
        { product: (id) => catalog.product(id), home: () => home.view(), search: (query) => search.search(query), certificate: (no) => certificates.check(no) },
        manifest,
        config.publicUrl,
      ),
  });
  await app.init();
  app.getHttpServer().on('clientError', answerClientError);
  if (config.demoData) {
    const logger = app.get(Logger);
    const seeded = await seedIfEmpty(app.get(Database), config.dataDir, (message) => logger.log(message, 'DemoData'));
    // Demo rows are written in bulk, not through the outbox: index them in one go.
    if (seeded.status === 'seeded') await app.get(SearchIndexer).rebuild();
  }
  return { app, web };
}

/** Every operation may answer with the one error shape: documented once here rather than on every handler. */
function documentErrors(doc: OpenAPIObject): OpenAPIObject {
  doc.components = { ...doc.components, schemas: { ...doc.components?.schemas, ErrorBody: z.toJSONSchema(ErrorBody) as object } };
  const error = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } } });
  for (const item of Object.values(doc.paths)) {
    for (const operation of [item.get, item.post, item.put, item.patch, item.delete]) {
      if (!operation) continue;
      operation.responses = {
        ...operation.responses,
        '4XX': error('Refused: invalid input (400), not signed in (401), not allowed (403), not found (404), wrong state (409), too many (429); error.code says which'),
        '5XX': error('A fault on our side; error.requestId finds it in the log'),
      };
    }
  }
  return doc;
}
