/**
 * The demo e-guichet page: the library's elements, as a commune's web team
 * would embed them, on the in-browser demo backend. The page's own words are
 * translated here; the elements translate themselves from `lang`.
 */
import '../src/index.js';
import type { FamilyPortal } from '../src/index.js';

type Lang = 'fr' | 'nl' | 'de' | 'en';

const words: Record<Lang, Record<string, string>> = {
  fr: {
    demoBackend: 'Service',
    demoServer: 'Serveur de référence (base de données)',
    demoBrowser: 'Dans le navigateur',
    demoIntroServer:
      'Cette page parle au serveur de référence fourni avec les composants, sur sa base de données de démonstration. Les e-mails envoyés sont visibles sur /dev/outbox, et le service accepte ou refuse les demandes sur /dev/back-office.',
    skip: 'Aller au contenu',
    tagline: 'e-guichet',
    menu: 'Menu principal',
    breadcrumb: 'Fil d’Ariane',
    home: 'Accueil',
    procedures: 'Démarches',
    account: 'Mon compte',
    portal: 'Portail parents',
    planning: 'Planning',
    invoices: 'Factures',
    cart: 'Panier',
    title: 'Portail parents',
    lead: 'Inscrivez-vous, enregistrez vos enfants et suivez vos demandes auprès du service communal.',
    demoTitle: 'Données de démonstration',
    demoIntro: 'Cette page tourne sur un service de démonstration dans votre navigateur : rien n’est envoyé.',
    demoCommune: 'Commune',
    demoBe: 'Commune belge (numéro de registre national)',
    demoFr: 'Commune française',
    demoFamily: 'Compte connecté',
    demoNew: 'Parent pas encore enregistré',
    demoKnown: 'Parent enregistré, deux enfants',
    demoSeparated: 'Parent séparé, un enfant',
    demoEmpty: 'Parent enregistré, sans enfant',
    demoReset: 'Remettre les données à zéro',
    demoView: 'Présentation',
    demoElements: 'Éléments intégrés dans la page',
    demoPortal: 'Portail complet (<family-portal> seul)',
    footer: 'Démonstration des composants « Portail parents ». Données fictives.',
  },
  nl: {
    demoBackend: 'Dienst',
    demoServer: 'Referentieserver (database)',
    demoBrowser: 'In de browser',
    demoIntroServer:
      'Deze pagina praat met de referentieserver die bij de componenten hoort, op zijn demodatabase. Verzonden e-mails staan op /dev/outbox; de dienst aanvaardt of weigert aanvragen op /dev/back-office.',
    skip: 'Naar de inhoud',
    tagline: 'e-loket',
    menu: 'Hoofdmenu',
    breadcrumb: 'Kruimelpad',
    home: 'Home',
    procedures: 'Aanvragen',
    account: 'Mijn account',
    portal: 'Ouderportaal',
    planning: 'Planning',
    invoices: 'Facturen',
    cart: 'Winkelmandje',
    title: 'Ouderportaal',
    lead: 'Registreer u, schrijf uw kinderen in en volg uw aanvragen bij de gemeentelijke dienst.',
    demoTitle: 'Demogegevens',
    demoIntro: 'Deze pagina draait op een demodienst in uw browser: er wordt niets verzonden.',
    demoCommune: 'Gemeente',
    demoBe: 'Belgische gemeente (rijksregisternummer)',
    demoFr: 'Franse gemeente',
    demoFamily: 'Aangemelde account',
    demoNew: 'Ouder nog niet geregistreerd',
    demoKnown: 'Geregistreerde ouder, twee kinderen',
    demoSeparated: 'Gescheiden ouder, één kind',
    demoEmpty: 'Geregistreerde ouder, zonder kinderen',
    demoReset: 'Gegevens terugzetten',
    demoView: 'Weergave',
    demoElements: 'Elementen in de pagina',
    demoPortal: 'Volledig portaal (<family-portal> alleen)',
    footer: 'Demonstratie van de componenten “Ouderportaal”. Fictieve gegevens.',
  },
  de: {
    demoBackend: 'Dienst',
    demoServer: 'Referenzserver (Datenbank)',
    demoBrowser: 'Im Browser',
    demoIntroServer:
      'Diese Seite spricht mit dem Referenzserver der Komponenten und seiner Demodatenbank. Gesendete E-Mails stehen unter /dev/outbox; der Dienst nimmt Anträge unter /dev/back-office an oder lehnt sie ab.',
    skip: 'Zum Inhalt',
    tagline: 'Online-Schalter',
    menu: 'Hauptmenü',
    breadcrumb: 'Brotkrumenpfad',
    home: 'Startseite',
    procedures: 'Anträge',
    account: 'Mein Konto',
    portal: 'Elternportal',
    planning: 'Planung',
    invoices: 'Rechnungen',
    cart: 'Warenkorb',
    title: 'Elternportal',
    lead: 'Registrieren Sie sich, melden Sie Ihre Kinder an und verfolgen Sie Ihre Anträge beim Gemeindedienst.',
    demoTitle: 'Demodaten',
    demoIntro: 'Diese Seite läuft mit einem Demodienst in Ihrem Browser: Es wird nichts gesendet.',
    demoCommune: 'Gemeinde',
    demoBe: 'Belgische Gemeinde (Nationalregisternummer)',
    demoFr: 'Französische Gemeinde',
    demoFamily: 'Angemeldetes Konto',
    demoNew: 'Elternteil noch nicht registriert',
    demoKnown: 'Registrierter Elternteil, zwei Kinder',
    demoSeparated: 'Getrennt lebender Elternteil, ein Kind',
    demoEmpty: 'Registrierter Elternteil, ohne Kinder',
    demoReset: 'Daten zurücksetzen',
    demoView: 'Darstellung',
    demoElements: 'Elemente in der Seite',
    demoPortal: 'Vollständiges Portal (<family-portal> allein)',
    footer: 'Demonstration der Komponenten „Elternportal“. Fiktive Daten.',
  },
  en: {
    demoBackend: 'Service',
    demoServer: 'Reference server (database)',
    demoBrowser: 'In the browser',
    demoIntroServer:
      'This page talks to the reference server shipped with the components, on its demo database. Sent e-mails are at /dev/outbox; the service accepts or refuses requests at /dev/back-office.',
    skip: 'Skip to content',
    tagline: 'e-counter',
    menu: 'Main menu',
    breadcrumb: 'Breadcrumb',
    home: 'Home',
    procedures: 'Services',
    account: 'My account',
    portal: 'Parent portal',
    planning: 'Planning',
    invoices: 'Invoices',
    cart: 'Basket',
    title: 'Parent portal',
    lead: 'Register, add your children and follow your requests with the municipal service.',
    demoTitle: 'Demo data',
    demoIntro: 'This page runs on a demo service inside your browser: nothing is sent anywhere.',
    demoCommune: 'Municipality',
    demoBe: 'Belgian municipality (national register number)',
    demoFr: 'French municipality',
    demoFamily: 'Signed-in account',
    demoNew: 'Parent not yet registered',
    demoKnown: 'Registered parent, two children',
    demoSeparated: 'Separated parent, one child',
    demoEmpty: 'Registered parent, no children',
    demoReset: 'Reset the demo data',
    demoView: 'Layout',
    demoElements: 'Elements embedded in the page',
    demoPortal: 'Whole portal (<family-portal> alone)',
    footer: 'Demonstration of the “Parent portal” components. Fictitious data.',
  },
};

const communes = { be: 'Commune de Mont-Saint-Guibert', fr: 'Ville de Coudekerque-Branche' } as const;
const portal = document.querySelector<FamilyPortal>('family-portal')!;
const form = document.querySelector<HTMLFormElement>('#demo-form')!;
const settings = new URLSearchParams(location.search);
const isLang = (value: string | null): value is Lang => !!value && value in words;

const field = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;
const profile = () => field('profile').value as 'be' | 'fr';
const family = () => field('family').value;
const onServer = () => field('backend').value === 'server';

/** Keeps the demo settings in the address, so a reload or a shared link shows the same page (and the portal's tab). */
function remember(name: string, value: string): void {
  const url = new URL(location.href);
  url.searchParams.set(name, value);
  history.replaceState(history.state, '', url);
}

/** Signs in to the reference server as a demo account (the e-guichet's login stands behind this on a commune's site). */
async function signIn(account: string): Promise<void> {
  await fetch('/api/v1/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ account }),
  });
}

async function useServer(): Promise<void> {
  const session = await fetch('/api/v1/session');
  if (!session.ok) await signIn(family());
  const commune = (await (await fetch('/api/v1/commune')).json()) as { name: string; country: string };
  field('profile').value = commune.country === 'FR' ? 'fr' : 'be';
  field('profile').disabled = true;
  showCommune();
  portal.removeAttribute('adapter');
  portal.setAttribute('api-base', '/api/v1');
}

function useBrowser(): void {
  field('profile').disabled = false;
  portal.removeAttribute('api-base');
  portal.setAttribute('demo-profile', profile());
  portal.setAttribute('demo-family', family());
  portal.setAttribute('adapter', 'memory');
  showCommune();
}

function showCommune(): void {
  for (const node of document.querySelectorAll<HTMLElement>('[data-demo="commune"]')) {
    node.textContent = communes[profile()];
  }
  document.title = `${words[currentLang()].portal} · ${communes[profile()]}`;
}

const currentLang = (): Lang =>
  isLang(document.documentElement.lang) ? document.documentElement.lang : 'fr';

function setLanguage(lang: Lang): void {
  document.documentElement.lang = lang;
  const dictionary = words[lang];
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const key = node.dataset.i18n === 'demoIntro' && onServer() ? 'demoIntroServer' : node.dataset.i18n!;
    node.textContent = dictionary[key] ?? node.textContent;
  }
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    node.setAttribute('aria-label', dictionary[node.dataset.i18nLabel!] ?? '');
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
  showCommune();
  remember('lang', lang);
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
  button.addEventListener('click', () => setLanguage(button.dataset.lang as Lang));
}
form.addEventListener('change', async (event) => {
  const changed = (event.target as HTMLSelectElement).name;
  remember(changed, field(changed).value);
  if (onServer() && changed === 'family') await signIn(family());
  // A new backend or account: a fresh page, as after signing in on the e-guichet.
  location.reload();
});
document.querySelector('#demo-reset')!.addEventListener('click', async () => {
  sessionStorage.clear();
  if (onServer()) await fetch('/dev/reset', { method: 'POST' });
  location.reload();
});

field('backend').value = settings.get('backend') === 'browser' ? 'browser' : 'server';
field('view').value = settings.get('view') === 'portal' ? 'portal' : 'elements';
// The whole portal: <family-portal> alone, as a commune that embeds only it.
if (field('view').value === 'portal') portal.replaceChildren();
field('profile').value = settings.get('profile') === 'fr' ? 'fr' : 'be';
const chosenFamily = settings.get('family');
if (chosenFamily && ['new', 'known', 'separated', 'empty'].includes(chosenFamily))
  field('family').value = chosenFamily;
const lang = settings.get('lang');
setLanguage(isLang(lang) ? lang : 'fr');
if (onServer()) await useServer();
else useBrowser();
