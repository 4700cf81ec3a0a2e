import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { LANG_TAGS, LangProvider, preferredLang, type Lang } from './i18n';
import {
  GateScopeProvider,
  LAB_DEFAULTS,
  createGateScopeStore,
  type GateScopeStore,
  type LoadedModel,
} from './store';
import {
  DEFAULT_EMBED_PANELS,
  DEFAULT_URL_STATE,
  createStoreAt,
  deviationsOf,
  formatUrl,
  lessonBase,
  readUrl,
  shownPanels,
  urlStateOf,
  type FormatOptions,
  type PanelId,
  type UrlNoticeItem,
  type UrlState,
  type ViewId,
  type WidgetPlace,
} from './store/url';
import { LESSON_STEP_COUNTS, type LessonPlace, type LessonRequest } from './lessons/ids';
import type { Localized } from './lessons/types';
import { UrlNotice } from './panels/share/UrlNotice';
import { useUrlSync } from './panels/share/useUrlSync';
import { EmbedView } from './views/EmbedView';
import { LanguageSwitch } from './views/LanguageSwitch';
import {
  LazyLabView,
  LazyLessonsView,
  LazyTrainingLab,
  ViewLoading,
  prefetchViews,
  whenIdle,
} from './views/lazyViews';
import { ShareTools } from './views/ShareTools';
import { StepperView } from './views/StepperView';
import { ViewTabs } from './views/ViewTabs';
import { pageMessages } from './views/messages';
import './panels/share/share.css';

/** The gradient lab's runs follow a dragged slider: they reuse their memory (runMemory.ts). */
const LAB_STORE = { reuseMemory: true };

const placeOf = (store: GateScopeStore): WidgetPlace => {
  const { settings, cursor, unit } = store.getState();
  return { settings, cursor, unit };
};

/** Whether the page's URL names the language (it was chosen): an embed then names it too. */
const langInUrl = () => new URLSearchParams(window.location.search).has('lang');

/** The query of an embed's URL state, with `lang=` as the page's URL has it. */
function embedQuery(u: UrlState, options: FormatOptions = {}): string {
  const keep = langInUrl();
  const state = keep ? u : { ...u, lang: DEFAULT_URL_STATE.lang };
  const query = formatUrl(state, { ...options, keep: keep ? ['lang'] : [] });
  return new URL(query, window.location.href).href;
}

/** The embed URL of a widget's current state showing some panels, absolute (for host pages). */
function embedUrlOf(store: GateScopeStore, lang: Lang, panels: readonly PanelId[]): string {
  return embedQuery(
    urlStateOf(placeOf(store), { ...DEFAULT_URL_STATE, lang, embed: true, panels }),
  );
}

/**
 * The embed URL of a lesson at a step (the lesson sets up its own panels), with what the
 * student changed since the step started.
 */
function lessonEmbedUrl(
  place: LessonPlace,
  lang: Lang,
  store: GateScopeStore,
  start: WidgetPlace | null,
): string {
  const u = urlStateOf(placeOf(store), { ...DEFAULT_URL_STATE, lang, embed: true, ...place });
  return embedQuery(u, { base: start ? lessonBase(start) : u });
}

/**
 * The GateScope page. The URL sets where it starts (see src/store/url) and follows the cell
 * stepper as it changes. `embed=1` shows only the chosen panels; otherwise a header, and one
 * widget per view (each with its own store, all kept mounted so switching views loses nothing;
 * the labs' code loads the first time their tab is shown, see views/lazyViews).
 * The page holds the stepper's and the lab's stores, so that the training lab can hand either a
 * trained model ("Open in stepper", "Open in gradient lab") and switch to it.
 */
export function App({ search }: { search?: string }) {
  const [reading] = useState(() => readUrl(search ?? window.location.search));
  const page = reading.state;
  // The URL's settings are those of the view it opens on (see urlDefaults); an embed shows
  // one widget, whatever the view.
  const labFirst = page.view === 'lab' && !page.embed;
  // A lesson's link sets the lesson's widget: the settings it gives are changes to the step's.
  const lessonFirst = page.view === 'lessons' && page.lesson !== '';
  const [stepper] = useState(() =>
    createStoreAt(labFirst || lessonFirst ? DEFAULT_URL_STATE : page),
  );
  const [lessons] = useState(() => createGateScopeStore());
  // The lab's store runs a hidden-64 model: made when first needed, not for the first screen.
  const labStore = useRef<GateScopeStore | null>(null);
  const lab = useCallback(
    () =>
      (labStore.current ??= labFirst
        ? createStoreAt(page, LAB_STORE)
        : createGateScopeStore(LAB_DEFAULTS, LAB_STORE)),
    [labFirst, page],
  );
  const [notices, setNotices] = useState(reading.notices);
  const [view, setView] = useState<ViewId>(page.view);
  const [opened, setOpened] = useState<ReadonlySet<ViewId>>(() => new Set([page.view]));
  if (!opened.has(view)) setOpened(new Set([...opened, view]));
  const [browserLang] = useState(() => preferredLang(navigator.languages ?? []));
  const [lang, setLang] = useState<Lang>(reading.langGiven ? page.lang : browserLang);
  const [lesson, setLesson] = useState<LessonRequest>(() => ({
    lesson: page.lesson,
    step: page.step,
    ...(lessonFirst && { deviations: deviationsOf(page, reading.given) }),
  }));
  const lessonStart = useRef<WidgetPlace | null>(null);
  const sync = useUrlSync(
    { store: stepper, lab: page.embed ? undefined : lab, lessons },
    page,
    {
      view,
      setView,
      lang,
      setLang,
      langGiven: reading.langGiven,
      browserLang,
      lesson,
      setLesson,
    },
    setNotices,
  );
  const { flush } = sync;
  /** The lesson shown's title, for the Embed dialog (known once its step is set up). */
  const [lessonTitle, setLessonTitle] = useState<{ id: string; title: Localized } | null>(null);
  const onLessonApplied = useCallback(
    (
      place: LessonPlace,
      start: WidgetPlace,
      title: Localized,
      ignored: readonly UrlNoticeItem[],
    ) => {
      lessonStart.current = start;
      setLessonTitle((old) => (old?.id === place.lesson ? old : { id: place.lesson, title }));
      if (ignored.length > 0) setNotices((old) => [...old, ...ignored]);
      sync.lessonApplied(place, start);
    },
    [sync],
  );
  const lessonsView = (
    <ViewLoading view="lessons">
      <LazyLessonsView
        store={lessons}
        place={lesson}
        setPlace={setLesson}
        onApplying={sync.lessonApplying}
        onApplied={onLessonApplied}
      />
    </ViewLoading>
  );
  useEffect(() => {
    document.documentElement.lang = LANG_TAGS[lang];
  }, [lang]);
  const dismiss = useCallback(() => setNotices([]), []);
  const id = useId();
  useEffect(() => {
    if (page.embed) return;
    // A failed prefetch (offline before anything was cached) is retried when the tab is chosen.
    return whenIdle(() => void prefetchViews().catch(() => undefined));
  }, [page.embed]);
  /** Shows a trained model in the stepper's or the lab's widget; returns why not, or null. */
  const openIn = (target: 'stepper' | 'lab') => (loaded: LoadedModel) => {
    const problem = (target === 'lab' ? lab() : stepper).getState().loadModel(loaded);
    if (problem !== null) return problem;
    setView(target);
    // The button that was pressed is now hidden: focus goes to the view's tab.
    document.getElementById(`${id}-${target}-tab`)?.focus();
    return null;
  };

  const embedStore = view === 'lab' ? lab() : stepper;
  const modelNotInLink = useStore(embedStore, (s) => s.loaded !== null);
  const notice = <UrlNotice notices={notices} onDismiss={dismiss} />;
  if (page.embed) {
    return (
      <LangProvider lang={lang}>
        <main className="embed">
          {notice}
          {page.lesson !== '' ? (
            lessonsView
          ) : (
            <GateScopeProvider store={stepper}>
              <EmbedView panels={shownPanels(page.panels, page.hide)} />
            </GateScopeProvider>
          )}
        </main>
      </LangProvider>
    );
  }
  const t = pageMessages[lang];
  return (
    <LangProvider lang={lang}>
      <header className="site-header">
        <div className="site-title">
          <h1>GateScope</h1>
          <LanguageSwitch lang={lang} setLang={setLang} />
          <ShareTools
            flush={flush}
            modelNotInLink={modelNotInLink}
            initialPanels={view === 'lab' ? ['gradient'] : DEFAULT_EMBED_PANELS}
            lesson={
              view === 'lessons' && lesson.lesson !== ''
                ? {
                    title:
                      lessonTitle?.id === lesson.lesson ? lessonTitle.title[lang] : lesson.lesson,
                    step: lesson.step,
                    steps: LESSON_STEP_COUNTS[lesson.lesson],
                  }
                : undefined
            }
            embedUrl={(panels) =>
              view === 'lessons' && lesson.lesson !== ''
                ? lessonEmbedUrl(
                    { lesson: lesson.lesson, step: lesson.step },
                    lang,
                    lessons,
                    lessonStart.current,
                  )
                : embedUrlOf(embedStore, lang, panels)
            }
          />
        </div>
        <p className="tagline">{t.tagline}</p>
        {notice}
        <ViewTabs id={id} view={view} setView={setView} />
      </header>
      <main>
        <section
          role="tabpanel"
          id={`${id}-stepper`}
          aria-labelledby={`${id}-stepper-tab`}
          hidden={view !== 'stepper'}
        >
          <GateScopeProvider store={stepper}>
            <StepperView hidden={page.hide} />
          </GateScopeProvider>
        </section>
        <section
          role="tabpanel"
          id={`${id}-lab`}
          aria-labelledby={`${id}-lab-tab`}
          hidden={view !== 'lab'}
        >
          {opened.has('lab') && (
            <GateScopeProvider store={lab()}>
              <ViewLoading view="lab">
                <LazyLabView />
              </ViewLoading>
            </GateScopeProvider>
          )}
        </section>
        <section
          role="tabpanel"
          id={`${id}-training`}
          aria-labelledby={`${id}-training-tab`}
          hidden={view !== 'training'}
        >
          {opened.has('training') && (
            <ViewLoading view="training">
              <LazyTrainingLab
                active={view === 'training'}
                onOpenInStepper={openIn('stepper')}
                onOpenInLab={openIn('lab')}
              />
            </ViewLoading>
          )}
        </section>
        <section
          role="tabpanel"
          id={`${id}-lessons`}
          aria-labelledby={`${id}-lessons-tab`}
          hidden={view !== 'lessons'}
        >
          {opened.has('lessons') && lessonsView}
        </section>
      </main>
    </LangProvider>
  );
}
