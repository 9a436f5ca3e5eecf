import Button from 'antd-mobile/es/components/button';
import Cascader from 'antd-mobile/es/components/cascader';
import Form from 'antd-mobile/es/components/form';
import Input from 'antd-mobile/es/components/input';
import Popup from 'antd-mobile/es/components/popup';
import Switch from 'antd-mobile/es/components/switch';
import TextArea from 'antd-mobile/es/components/text-area';
import { useTranslation } from 'react-i18next';
import { ShippingAddress, type AddressView } from '@bangfu/contracts';
import { ErrorText } from '../../../components/error-text';
import { contractRule, type FormInstance } from '../../../lib/forms';
import { useSaveAddress } from '../api/save-address';
import { useDivisions } from '../divisions';

interface AddressValues {
  name: string;
  phone: string;
  /** [province, city, district] */
  region: string[];
  detail: string;
  isDefault: boolean;
}

const Region = ShippingAddress.pick({ province: true, city: true, district: true });
const regionOf = ([province, city, district]: string[]) => ({ province, city, district });

function valuesOf(address: AddressView | null): Partial<AddressValues> {
  if (!address) return { isDefault: false };
  const { name, phone, province, city, district, detail, isDefault } = address;
  return { name, phone, region: [province, city, district], detail, isDefault };
}

interface AddressEditorProps {
  /** The address to edit, 'new' to add one, null while closed. */
  editing: AddressView | 'new' | null;
  onClose: () => void;
  onSaved?: (saved: AddressView) => void;
}

/** Adds or edits an address in a sheet over the page, so the page (a checkout, the book) stays as it was. */
export function AddressEditor({ editing, onClose, onSaved }: AddressEditorProps) {
  const { t } = useTranslation();
  return (
    <Popup visible={editing !== null} onMaskClick={onClose} onClose={onClose} destroyOnClose bodyClassName="sheet">
      {editing !== null && (
        <>
          <h2>{t(editing === 'new' ? 'addresses.add' : 'addresses.edit')}</h2>
          <AddressForm
            address={editing === 'new' ? null : editing}
            onSaved={(saved) => {
              onSaved?.(saved);
              onClose();
            }}
          />
        </>
      )}
    </Popup>
  );
}

function AddressForm({ address, onSaved }: { address: AddressView | null; onSaved: (saved: AddressView) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const save = useSaveAddress();
  const submit = ({ name, phone, region, detail, isDefault }: AddressValues) =>
    save.mutate(
      { id: address?.id ?? null, address: { name: name.trim(), phone: phone.trim(), ...regionOf(region), detail: detail.trim(), isDefault } },
      { onSuccess: onSaved },
    );
  return (
    <Form
      form={form}
      layout="horizontal"
      initialValues={valuesOf(address)}
      onFinish={submit}
      className="address-form"
      footer={
        <>
          {save.isError && <ErrorText error={save.error} />}
          <Button block type="submit" color="primary" size="large" loading={save.isPending}>
            {t('addresses.save')}
          </Button>
        </>
      }
    >
      <Form.Item name="name" label={t('addresses.recipient')} rules={[contractRule(ShippingAddress.shape.name, t('addresses.invalid.name'))]}>
        <Input placeholder={t('addresses.recipientPlaceholder')} maxLength={30} autoComplete="name" clearable />
      </Form.Item>
      <Form.Item name="phone" label={t('common.phone')} rules={[contractRule(ShippingAddress.shape.phone, t('addresses.invalid.phone'))]}>
        <Input type="tel" inputMode="numeric" maxLength={11} placeholder={t('addresses.phonePlaceholder')} autoComplete="tel" clearable />
      </Form.Item>
      <RegionField form={form} />
      <Form.Item name="detail" label={t('addresses.detail')} rules={[contractRule(ShippingAddress.shape.detail, t('addresses.invalid.detail'))]}>
        <TextArea placeholder={t('addresses.detailPlaceholder')} maxLength={120} autoSize={{ minRows: 2, maxRows: 4 }} />
      </Form.Item>
      <Form.Item name="isDefault" label={t('addresses.makeDefault')} valuePropName="checked" childElementPosition="right">
        <Switch />
      </Form.Item>
    </Form>
  );
}

/** 省 / 市 / 区 from the national division list, picked level by level; the list loads when the form opens. */
function RegionField({ form }: { form: FormInstance }) {
  const { t } = useTranslation();
  const divisions = useDivisions();
  const region: string[] | undefined = Form.useWatch('region', form);
  return (
    <Form.Item
      name="region"
      label={t('addresses.region')}
      trigger="onConfirm"
      arrow
      onClick={(_event, picker) => (picker.current as { open?: () => void } | null)?.open?.()}
      rules={[contractRule({ safeParse: (names) => Region.safeParse(regionOf(Array.isArray(names) ? names : [])) }, t('addresses.invalid.region'))]}
      description={
        divisions.isError && (
          <span className="form-error" role="alert">
            {t('addresses.regionFailed')}{' '}
            <Button size="mini" onClick={() => void divisions.refetch()}>
              {t('common.retry')}
            </Button>
          </span>
        )
      }
    >
      <Cascader options={divisions.data ?? []} loading={divisions.isPending} title={t('addresses.regionTitle')}>
        {() => (region?.length ? region.join(' ') : <span className="placeholder">{t('addresses.regionPlaceholder')}</span>)}
      </Cascader>
    </Form.Item>
  );
}
