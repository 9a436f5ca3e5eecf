import type { HomeSettings, HomeView } from '@bangfu/contracts';
import { Injectable } from '@nestjs/common';
import { Database } from '../database/database';
import { SearchService } from '../search/search.service';
import { HomeSettingsEntity } from './home.entities';

const SETTINGS_ROW = 1;
const BEST_SELLERS = 8;

/** Until the association sets its own, the home page greets with the certified goods and their counties. */
export const DEFAULT_HOME_SETTINGS: HomeSettings = {
  banners: [
    { title: '汉中好物 帮扶有我', subtitle: '认定的帮扶产品，每一笔都带动脱贫户增收', imageUrl: null, link: '/search' },
    { title: '春茶上新', subtitle: '西乡、南郑、镇巴的绿茶与红茶', imageUrl: null, link: '/search?category=tea' },
    { title: '秦巴山珍', subtitle: '香菇、木耳、天麻，产地直发', imageUrl: null, link: '/search?category=fungi' },
  ],
  featuredProductIds: [],
};

/** The storefront's home page: the association's banners and picks, and the goods that sell best. */
@Injectable()
export class HomeService {
  constructor(
    private readonly db: Database,
    private readonly search: SearchService,
  ) {}

  async settings(): Promise<HomeSettings> {
    const row = await this.db.manager.findOneBy(HomeSettingsEntity, { id: SETTINGS_ROW });
    return row ? { banners: row.banners, featuredProductIds: row.featuredProductIds } : DEFAULT_HOME_SETTINGS;
  }

  async save(settings: HomeSettings): Promise<HomeSettings> {
    await this.db.manager.upsert(HomeSettingsEntity, { id: SETTINGS_ROW, ...settings }, ['id']);
    return this.settings();
  }

  async view(): Promise<HomeView> {
    const settings = await this.settings();
    const [featured, bestSellers] = await Promise.all([
      this.search.hitsOf(settings.featuredProductIds),
      this.search.search({ q: '', sort: 'sales:desc', page: 1, pageSize: BEST_SELLERS }).then((r) => r.items),
    ]);
    return { banners: settings.banners, featured, bestSellers };
  }
}
