import { Module } from '@nestjs/common';
import { SearchModule } from '../search/search.module';
import { HomeController } from './home.controller';
import { HomeService } from './home.service';

@Module({ imports: [SearchModule], controllers: [HomeController], providers: [HomeService] })
export class HomeModule {}
