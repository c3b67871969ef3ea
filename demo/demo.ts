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
    skip: 'Aller au contenu',
    tagline: 'e-guichet',
    menu: 'Menu principal',
    breadcrumb: 'Fil d’Ariane',
    home: 'Accueil',
    procedures: 'Démarches',
    account: 'Mon compte',
    portal: 'Portail parents',
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
    footer: 'Démonstration des composants « Portail parents ». Données fictives.',
  },
  nl: {
    skip: 'Naar de inhoud',
    tagline: 'e-loket',
    menu: 'Hoofdmenu',
    breadcrumb: 'Kruimelpad',
    home: 'Home',
    procedures: 'Aanvragen',
    account: 'Mijn account',
    portal: 'Ouderportaal',
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
    footer: 'Demonstratie van de componenten “Ouderportaal”. Fictieve gegevens.',
  },
  de: {
    skip: 'Zum Inhalt',
    tagline: 'Online-Schalter',
    menu: 'Hauptmenü',
    breadcrumb: 'Brotkrumenpfad',
    home: 'Startseite',
    procedures: 'Anträge',
    account: 'Mein Konto',
    portal: 'Elternportal',
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
    footer: 'Demonstration der Komponenten „Elternportal“. Fiktive Daten.',
  },
  en: {
    skip: 'Skip to content',
    tagline: 'e-counter',
    menu: 'Main menu',
    breadcrumb: 'Breadcrumb',
    home: 'Home',
    procedures: 'Services',
    account: 'My account',
    portal: 'Parent portal',
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
    footer: 'Demonstration of the “Parent portal” components. Fictitious data.',
  },
};

const communes = { be: 'Commune de Mont-Saint-Guibert', fr: 'Ville de Coudekerque-Branche' } as const;
const portal = document.querySelector<FamilyPortal>('family-portal')!;
const form = document.querySelector<HTMLFormElement>('#demo-form')!;
const settings = new URLSearchParams(location.search);
const isLang = (value: string | null): value is Lang => !!value && value in words;

function setLanguage(lang: Lang): void {
  document.documentElement.lang = lang;
  const dictionary = words[lang];
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    node.textContent = dictionary[node.dataset.i18n!] ?? node.textContent;
  }
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    node.setAttribute('aria-label', dictionary[node.dataset.i18nLabel!] ?? '');
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
  document.title = `${dictionary.portal} · ${communes[profile()]}`;
  remember('lang', lang);
}

const profile = () => (form.elements.namedItem('profile') as HTMLSelectElement).value as 'be' | 'fr';
const family = () => (form.elements.namedItem('family') as HTMLSelectElement).value;

/** Keeps the demo settings in the address, so a reload or a shared link shows the same page. */
function remember(name: string, value: string): void {
  settings.set(name, value);
  history.replaceState(null, '', `?${settings}`);
}

function applyDemo(): void {
  portal.setAttribute('demo-profile', profile());
  portal.setAttribute('demo-family', family());
  for (const node of document.querySelectorAll<HTMLElement>('[data-demo="commune"]')) {
    node.textContent = communes[profile()];
  }
  remember('profile', profile());
  remember('family', family());
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
  button.addEventListener('click', () => setLanguage(button.dataset.lang as Lang));
}
form.addEventListener('change', applyDemo);
document.querySelector('#demo-reset')!.addEventListener('click', () => {
  sessionStorage.clear();
  location.reload();
});

(form.elements.namedItem('profile') as HTMLSelectElement).value =
  settings.get('profile') === 'fr' ? 'fr' : 'be';
const chosenFamily = settings.get('family');
if (chosenFamily && ['new', 'known', 'separated', 'empty'].includes(chosenFamily)) {
  (form.elements.namedItem('family') as HTMLSelectElement).value = chosenFamily;
}
applyDemo();
const lang = settings.get('lang');
setLanguage(isLang(lang) ? lang : 'fr');
