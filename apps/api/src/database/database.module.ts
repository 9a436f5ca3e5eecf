import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { Database } from './database';
import { openDatabase } from './open-database';

@Global()
@Module({
  providers: [
    { provide: Database, inject: [APP_CONFIG], useFactory: (config: AppConfig) => openDatabase(config.database) },
    { provide: DataSource, inject: [Database], useFactory: (database: Database) => database.dataSource },
  ],
  exports: [Database, DataSource],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(Database) private readonly database: Database) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.database.dataSource.isInitialized) await this.database.dataSource.destroy();
  }
}
