import Tag from 'antd-mobile/es/components/tag';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { COUNTIES } from '@bangfu/contracts';
import { LoadError, Loading } from '../../../components/query-status';
import { useCounties } from '../api/get-counties';

/** The API names counties in Chinese; English names come with the administrative codes. */
const ENGLISH_NAMES = new Map<string, string>(COUNTIES.map((county) => [county.code, county.nameEn]));

export function CountyList() {
  const { i18n } = useTranslation();
  const counties = useCounties();
  if (counties.isPending) return <Loading />;
  if (counties.isError) return <LoadError error={counties.error} onRetry={() => void counties.refetch()} />;

  const english = i18n.language === 'en';
  return (
    <ul className="counties">
      {counties.data.map((county) => (
        <li key={county.code}>
          <Link to={`/search?county=${county.code}`}>
            <Tag color="primary" fill="outline">
              {english ? (ENGLISH_NAMES.get(county.code) ?? county.name) : county.name}
            </Tag>
          </Link>
        </li>
      ))}
    </ul>
  );
}
