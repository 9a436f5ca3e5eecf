import { Module } from '@nestjs/common';
import { OutboxPruningJob } from './outbox-pruning.job';
import { OutboxService } from './outbox.service';

@Module({ providers: [OutboxService, OutboxPruningJob], exports: [OutboxService] })
export class OutboxModule {}
