import { DynamicModule, Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig } from '../config/app-config';

/** Serves the web app's production build at `/`, with the single-page fallback. */
@Module({})
export class WebAppModule {
  static register(config: AppConfig): DynamicModule {
    if (!existsSync(join(config.webDir, 'index.html'))) return { module: WebAppModule };
    return {
      module: WebAppModule,
      imports: [
        ServeStaticModule.forRoot({
          rootPath: config.webDir,
          exclude: ['/graphql{/*path}', '/health{/*path}', '/exports{/*path}', '/u{/*path}'],
          serveStaticOptions: { index: 'index.html', maxAge: '1h', fallthrough: true },
        }),
      ],
    };
  }
}
