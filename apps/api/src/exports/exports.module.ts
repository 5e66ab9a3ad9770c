import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AuditModule } from '../audit/audit.module';
import { AccountsExportService } from './accounts-export.service';
import { CsvExporter } from './csv-exporter';
import { PipelineExportsService } from './pipeline-exports.service';
import { DealsModule } from '../pipeline/deals.module';
import { ExportsController } from './exports.controller';

/** `GET /exports/{accounts,deals,activities}.csv`: filtered lists as CSV files, streamed (served where GraphQL is). */
@Module({ imports: [AccountsModule, DealsModule, AuditModule], providers: [CsvExporter, AccountsExportService, PipelineExportsService], controllers: [ExportsController] })
export class ExportsModule {}
