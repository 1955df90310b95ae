import { Button, Checkbox, Field, Heading, Input, Label, Paragraph, Select, Textarea } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';

import type { GoalHeadline, Measure, PartySummary } from '../../../lib/api/types';
import { parseId } from '../../../lib/ids';
import { useDocumentTitle } from '../../../lib/use-document-title';
import {
  defaultEmbedOptions,
  embedUrl,
  hasWebComponent,
  iframeHeight,
  iframeSnippet,
  normaliseAccent,
  webComponentSnippet,
  type EmbedKind,
  type EmbedOptions,
  type EmbedTarget,
  type WholePlanKind,
} from '../snippets';

type EmbedBuilderPageProps = {
  goals: readonly GoalHeadline[];
  measures: readonly Measure[];
  parties: readonly PartySummary[];
  /** Where the embeds are served from; the app's own origin. */
  origin: string;
};

const kindLabels: Record<EmbedKind, string> = {
  plan: 'Hele planen',
  dashboard: 'Dashbord (antall per status)',
  goal: 'Ett mål',
  measure: 'Ett tiltak',
  party: 'En ansvarlig',
};

const kinds = Object.keys(kindLabels) as EmbedKind[];

type Choice = { value: number; label: string };

function choicesFor(kind: EmbedKind, { goals, measures, parties }: Omit<EmbedBuilderPageProps, 'origin'>): Choice[] {
  switch (kind) {
    case 'goal':
      return goals.map((goal) => ({ value: goal.id, label: `Mål ${goal.number}: ${goal.text}` }));
    case 'measure':
      return measures.map((measure) => ({ value: measure.id, label: `${measure.reference} ${measure.text}` }));
    case 'party':
      return parties.map((party) => ({ value: party.id, label: party.name }));
    case 'plan':
    case 'dashboard':
      return [];
  }
}

const choiceLabels: Record<Exclude<EmbedKind, WholePlanKind>, string> = {
  goal: 'Mål',
  measure: 'Tiltak',
  party: 'Ansvarlig',
};

function frameTitle(target: EmbedTarget, choice: Choice | undefined): string {
  if (target.kind === 'dashboard') return 'Statusdashbord for handlingsplanen';
  if (target.kind === 'plan' || !choice) return 'Status for handlingsplanen';
  if (target.kind === 'party') return `Tiltak for ${choice.label}`;
  return `Status for ${choice.label}`;
}

function CopyField({ id, label, description, value }: { id: string; label: string; description: string; value: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      const textarea = document.getElementById(id);
      if (textarea instanceof HTMLTextAreaElement) textarea.select();
      setCopied(false);
    }
  };
  return (
    <div className="embed-copy">
      <Field>
        <Label htmlFor={id}>{label}</Label>
        <Paragraph data-size="sm" id={`${id}-description`}>
          {description}
        </Paragraph>
        <Textarea
          id={id}
          aria-describedby={`${id}-description`}
          readOnly
          rows={4}
          value={value}
          onFocus={(e) => e.currentTarget.select()}
        />
      </Field>
      <div className="embed-copy__actions">
        <Button variant="secondary" type="button" onClick={() => void copy()}>
          Kopier {label.toLowerCase()}
        </Button>
        <span role="status" className="embed-copy__status">
          {copied ? 'Kopiert' : ''}
        </span>
      </div>
    </div>
  );
}

export function EmbedBuilderPage({ goals, measures, parties, origin }: EmbedBuilderPageProps) {
  useDocumentTitle('Bygg inn');
  const id = useId();
  const [kind, setKind] = useState<EmbedKind>('plan');
  const [selected, setSelected] = useState<Partial<Record<EmbedKind, number>>>({});
  const [options, setOptions] = useState<EmbedOptions>(defaultEmbedOptions);

  const choices = choicesFor(kind, { goals, measures, parties });
  const chosenId = selected[kind] ?? choices[0]?.value;
  const choice = choices.find((c) => c.value === chosenId);
  const target: EmbedTarget | undefined =
    kind === 'plan' || kind === 'dashboard' ? { kind } : chosenId === undefined ? undefined : { kind, id: chosenId };
  const title = target ? frameTitle(target, choice) : '';

  return (
    <div className="page embed-builder">
      <Heading level={1} data-size="lg">
        Bygg inn
      </Heading>
      <Paragraph>
        Vis status for handlingsplanen på intranettet eller nettsiden deres. Innholdet oppdateres av seg selv, krever
        ingen innlogging og fungerer uten JavaScript når du bruker iframe.
      </Paragraph>

      <form className="embed-builder__form" aria-label="Velg hva som skal bygges inn" onSubmit={(e) => e.preventDefault()}>
        <Field>
          <Label htmlFor={`${id}-kind`}>Hva vil du bygge inn?</Label>
          <Select id={`${id}-kind`} value={kind} onChange={(e) => setKind(kinds.find((k) => k === e.target.value) ?? 'plan')}>
            {kinds.map((k) => (
              <Select.Option key={k} value={k}>
                {kindLabels[k]}
              </Select.Option>
            ))}
          </Select>
        </Field>
        {kind !== 'plan' && kind !== 'dashboard' && (
          <Field>
            <Label htmlFor={`${id}-choice`}>{choiceLabels[kind]}</Label>
            <Select
              id={`${id}-choice`}
              value={chosenId ?? ''}
              onChange={(e) => {
                const value = parseId(e.target.value);
                if (value !== null) setSelected({ ...selected, [kind]: value });
              }}
            >
              {choices.map((c) => (
                <Select.Option key={c.value} value={c.value}>
                  {c.label}
                </Select.Option>
              ))}
            </Select>
          </Field>
        )}
        <Checkbox
          label="Kompakt visning"
          description="Mindre luft, og uten ansvarslinje og periode."
          checked={options.compact}
          onChange={(e) => setOptions({ ...options, compact: e.target.checked })}
        />
        <Field>
          <Label htmlFor={`${id}-accent`}>Aksentfarge</Label>
          <Paragraph data-size="sm" id={`${id}-accent-description`}>
            Brukes på lenker og kantlinjer. Velg en farge med god kontrast mot hvit bakgrunn.
          </Paragraph>
          <Input
            id={`${id}-accent`}
            type="color"
            className="embed-builder__colour"
            aria-describedby={`${id}-accent-description`}
            value={options.accent}
            onChange={(e) => setOptions({ ...options, accent: normaliseAccent(e.target.value) })}
          />
        </Field>
      </form>

      {target ? (
        <>
          <section className="page-section" aria-labelledby={`${id}-preview-heading`}>
            <Heading level={2} data-size="sm" id={`${id}-preview-heading`}>
              Forhåndsvisning
            </Heading>
            <iframe
              className="embed-builder__preview"
              src={embedUrl(origin, target, options)}
              title={`Forhåndsvisning: ${title}`}
              height={iframeHeight}
            />
          </section>
          <section className="page-section" aria-labelledby={`${id}-code-heading`}>
            <Heading level={2} data-size="sm" id={`${id}-code-heading`}>
              Kode å lime inn
            </Heading>
            <CopyField
              id={`${id}-iframe`}
              label="Iframe-koden"
              description="Virker på alle nettsider, også uten JavaScript. Skriptet gjør rammen like høy som innholdet; uten det beholder rammen høyden i koden, som kan justeres."
              value={iframeSnippet(origin, target, options, title)}
            />
            {hasWebComponent(target) ? (
              <CopyField
                id={`${id}-component`}
                label="Webkomponent-koden"
                description="For sider som ikke vil bruke iframe. Henter status fra det åpne API-et og arver sidens skrift; farger kan settes med --ps-accent, --ps-text og --ps-bg."
                value={webComponentSnippet(origin, target, options)}
              />
            ) : (
              <Paragraph>
                Dashbordet finnes bare som iframe. Det viser den nyeste vedtatte handlingsplanen og siste avsluttede
                periode. Vil du vise en annen, legg til parameterne <code>actionPlan</code> og <code>period</code> med
                id-ene i adressen.
              </Paragraph>
            )}
          </section>
        </>
      ) : (
        <Paragraph>Det finnes ikke noe å velge her ennå.</Paragraph>
      )}
    </div>
  );
}
