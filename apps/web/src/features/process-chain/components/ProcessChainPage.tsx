import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryState } from '../../../shared/components/QueryState';
import { useReferenceData } from '../../reference';
import { FieldCard } from './FieldCard';

/** /prozesskette — the nine action fields in order, each with its categories and actors. */
export function ProcessChainPage() {
  const { t } = useTranslation();
  const { hash } = useLocation();
  const { reference, loading, error, refetch } = useReferenceData();

  useEffect(() => {
    if (hash && reference) document.getElementById(hash.slice(1))?.scrollIntoView({ block: 'start' });
  }, [hash, reference]);

  return (
    <>
      <PageHeader title={t('processChain.title')} description={t('processChain.intro')} />
      <QueryState data={reference} loading={loading} error={error} refetch={refetch}>
        {(data) => (
          <ol className="process-chain" style={{ padding: 0, margin: 0 }}>
            {[...data.actionFields]
              .sort((a, b) => a.position - b.position)
              .map((field) => (
                <FieldCard key={field.id} field={field} />
              ))}
          </ol>
        )}
      </QueryState>
    </>
  );
}
