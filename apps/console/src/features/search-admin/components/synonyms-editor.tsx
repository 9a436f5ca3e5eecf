import { useState } from 'react';
import { App, Button, Empty, Form, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SynonymGroups } from '@bangfu/contracts';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useSaveSynonyms } from '../api/save-synonyms';

const GROUP = SynonymGroups.shape.groups.element;
const WORD = GROUP.element;

/** The first rule of the contract a group breaks, worded for staff; null when the contract takes it. */
function groupProblem(words: readonly string[] | undefined): 'groupTooFew' | 'groupTooMany' | 'wordTooLong' | null {
  const all = words ?? [];
  if (all.some((w) => !WORD.safeParse(w).success)) return 'wordTooLong';
  if (GROUP.safeParse(all).success) return null;
  return all.length < 2 ? 'groupTooFew' : 'groupTooMany';
}

/** One row per group of words; saved as a whole, as the API replaces the set. */
export function SynonymsEditor({ synonyms }: { synonyms: SynonymGroups }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<SynonymGroups>();
  const save = useSaveSynonyms();
  const [failure, setFailure] = useState<unknown>(null);
  return (
    <Form<SynonymGroups>
      form={form}
      initialValues={synonyms}
      disabled={save.isPending}
      onFinish={(values) => {
        const parsed = SynonymGroups.safeParse({ groups: values.groups ?? [] });
        if (!parsed.success) return;
        setFailure(null);
        save.mutate(parsed.data, { onSuccess: () => void message.success(t('searchAdmin.saved')), onError: setFailure });
      }}
    >
      <Typography.Paragraph type="secondary">{t('searchAdmin.synonymsIntro')}</Typography.Paragraph>
      <Form.List
        name="groups"
        rules={[{ validator: (_, groups: unknown[] | undefined) => ((groups ?? []).length <= 500 ? Promise.resolve() : Promise.reject(new Error(t('searchAdmin.tooManyGroups')))) }]}
      >
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.length === 0 && <Empty description={t('searchAdmin.noGroups')} />}
            {fields.map((field, index) => (
              <Space key={field.key} align="start" className="synonym-group">
                <Form.Item
                  name={field.name}
                  label={t('searchAdmin.group', { n: index + 1 })}
                  rules={[
                    {
                      validator: (_, words: string[] | undefined) => {
                        const problem = groupProblem(words);
                        return problem ? Promise.reject(new Error(t(`searchAdmin.${problem}`))) : Promise.resolve();
                      },
                    },
                  ]}
                >
                  <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[' ', ',', '，', '、']} placeholder={t('searchAdmin.wordsPlaceholder')} className="synonym-words" />
                </Form.Item>
                <Button danger type="link" onClick={() => remove(field.name)}>
                  {t('searchAdmin.removeGroup')}
                </Button>
              </Space>
            ))}
            <Form.ErrorList errors={errors} />
            <Space>
              <Button onClick={() => add([])}>{t('searchAdmin.addGroup')}</Button>
              <Button type="primary" htmlType="submit" loading={save.isPending}>
                {t('searchAdmin.save')}
              </Button>
            </Space>
          </>
        )}
      </Form.List>
      {failure !== null && <ApiErrorAlert error={failure} className="synonyms-error" />}
    </Form>
  );
}
