import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AuditModule } from '../audit/audit.module';
import { AccountsExportService } from './accounts-export.service';
import { ExportsController } from './exports.controller';

/** `GET /exports/accounts.csv`: filtered lists as CSV files, streamed (served where GraphQL is). */
@Module({ imports: [AccountsModule, AuditModule], providers: [AccountsExportService], controllers: [ExportsController] })
export class ExportsModule {}
