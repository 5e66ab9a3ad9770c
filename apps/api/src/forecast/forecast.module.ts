import { Module } from '@nestjs/common';
import { RaceForecastRepository } from './race-forecast.repository';
import { RaceForecastResolver } from './race-forecast.resolver';
import { RaceForecastService } from './race-forecast.service';

/** "Will we make it?": the race forecast of a campaign (issue #23, part 2). */
@Module({
  providers: [RaceForecastRepository, RaceForecastService, RaceForecastResolver],
  exports: [RaceForecastService],
})
export class ForecastModule {}
