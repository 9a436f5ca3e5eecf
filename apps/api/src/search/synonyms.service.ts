import type { SynonymGroups } from '@bangfu/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { Database } from '../database/database';
import { OutboxService } from '../outbox/outbox.service';
import { SEARCH_ENGINE, type SearchEngine } from './search-engine';
import { SynonymGroupEntity } from './synonym-group.entity';
import { DEFAULT_SYNONYMS } from './text/synonym-set';
import { TextNormalizer } from './text/text-normalizer';

/** The association's synonym table: stored in the database, applied to queries and to Meilisearch. */
@Injectable()
export class SynonymsService {
  constructor(
    private readonly db: Database,
    private readonly outbox: OutboxService,
    private readonly text: TextNormalizer,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
  ) {}

  async get(): Promise<SynonymGroups> {
    const rows = await this.db.manager.find(SynonymGroupEntity, { order: { id: 'ASC' } });
    return { groups: rows.length ? rows.map((r) => r.words) : DEFAULT_SYNONYMS.map((g) => [...g]) };
  }

  /** Replaces the table; every instance picks the change up from the outbox. */
  async replace(input: SynonymGroups): Promise<SynonymGroups> {
    const groups = input.groups.map((g) => [...new Set(g.map((w) => this.text.normalize(w)).filter(Boolean))]).filter((g) => g.length >= 2);
    await this.db.transaction(async (m) => {
      await m.createQueryBuilder().delete().from(SynonymGroupEntity).execute();
      if (groups.length) await m.insert(SynonymGroupEntity, groups.map((words) => ({ words })));
      await this.outbox.emit(m, 'search.synonyms_changed', { type: 'search', id: 0 });
    });
    await this.apply();
    return { groups };
  }

  /** Loads the table into the text pipeline (and Meilisearch's settings). */
  async apply(): Promise<void> {
    const { groups } = await this.get();
    this.text.replaceSynonyms(groups);
    await this.engine.setSynonyms?.(groups);
  }
}
