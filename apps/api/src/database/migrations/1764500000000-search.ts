import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from './schema-kit';

export class Search1764500000000 implements MigrationInterface {
  name = 'Search1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(new Table({ name: 'search_synonym_groups', columns: [col.id(), col.text('words')] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('search_synonym_groups');
  }
}
