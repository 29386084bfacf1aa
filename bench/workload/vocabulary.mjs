// Names and facts the synthetic catalogue is made of: business domains and
// their applications, regions with their time zones and public holidays,
// vendors, operating systems. None of these words is a keyword of the
// language (docs/language.md, "Reserved words").

/** Business domains and the applications each runs (CamelCase; CI names use the lower-case form). */
export const DOMAINS = [
    ['finance', ['Ledger', 'Payables', 'Receivables', 'Expenses', 'Invoicing', 'Budgeting', 'Consolidation', 'TaxEngine', 'FixedAssets', 'CashForecast']],
    ['sales', ['Crm', 'Quoting', 'PartnerPortal', 'Commissions', 'LeadScoring', 'Contracts', 'PriceBook', 'Forecasting']],
    ['hr', ['Payroll', 'Recruiting', 'Onboarding', 'TimeTracking', 'Learning', 'Benefits', 'Appraisals', 'Absence']],
    ['logistics', ['Warehouse', 'Shipping', 'FleetTracking', 'Customs', 'YardPlanner', 'RoutePlanner', 'Returns']],
    ['manufacturing', ['Mes', 'Plm', 'QualityLab', 'PlantUpkeep', 'Scada', 'ShopFloor', 'Traceability']],
    ['retail', ['PointOfSale', 'Loyalty', 'Ecommerce', 'Inventory', 'Promotions', 'StoreOps', 'GiftCards']],
    ['legal', ['ContractVault', 'Ediscovery', 'Matters', 'Compliance', 'PolicyLibrary', 'Litigation']],
    ['marketing', ['Campaigns', 'WebCms', 'WebAnalytics', 'SocialHub', 'EventsHub', 'AssetLibrary']],
    ['research', ['Lims', 'LabNotebook', 'ClinicalData', 'SampleBank', 'Hpc', 'Modelling']],
    ['procurement', ['Sourcing', 'PurchaseOrders', 'SupplierPortal', 'BuyingCatalogue', 'SpendCube']],
    ['treasury', ['PaymentsHub', 'FxDealing', 'CashPooling', 'BankConnect', 'Hedging']],
    ['billing', ['Rating', 'BillRun', 'Dunning', 'Mediation', 'Statements']],
    ['customercare', ['ContactCentre', 'Ticketing', 'KnowledgeBase', 'Chatbot', 'FieldWork']],
    ['facilities', ['Badging', 'RoomBooking', 'Cctv', 'EnergyMonitor', 'Visitors']],
    ['cyber', ['Siem', 'VulnScan', 'Pam', 'Edr', 'CertManager']],
    ['datahub', ['DataLake', 'Etl', 'Reporting', 'MasterData', 'Streaming']],
    ['insurance', ['Claims', 'Underwriting', 'Quotes', 'Reinsurance', 'PolicyAdmin']],
    ['engineering', ['SourceControl', 'BuildFarm', 'ArtifactRepo', 'CodeReview', 'Wiki']],
];

/** Regions: time zone, the country whose public holidays apply, and its 2026 holidays. */
export const REGIONS = [
    { code: 'emea', name: 'Uk', zone: 'Europe/London', phone: '+44 20 7946', holidays: [
        ['2026-01-01', "New Year's Day"], ['2026-04-03', 'Good Friday'], ['2026-04-06', 'Easter Monday'],
        ['2026-05-04', 'Early May bank holiday'], ['2026-05-25', 'Spring bank holiday'], ['2026-08-31', 'Summer bank holiday'],
        ['2026-12-25', 'Christmas Day'], ['2026-12-28', 'Boxing Day (substitute)'], ['2027-01-01', "New Year's Day"]] },
    { code: 'dach', name: 'Germany', zone: 'Europe/Berlin', phone: '+49 30 901820', holidays: [
        ['2026-01-01', 'Neujahr'], ['2026-04-03', 'Karfreitag'], ['2026-04-06', 'Ostermontag'], ['2026-05-01', 'Tag der Arbeit'],
        ['2026-05-14', 'Christi Himmelfahrt'], ['2026-05-25', 'Pfingstmontag'], ['2026-10-03', 'Tag der Deutschen Einheit'],
        ['2026-12-25', 'Erster Weihnachtstag'], ['2026-12-26', 'Zweiter Weihnachtstag'], ['2027-01-01', 'Neujahr']] },
    { code: 'amer', name: 'Us', zone: 'America/New_York', phone: '+1 212 555', holidays: [
        ['2026-01-01', "New Year's Day"], ['2026-01-19', 'Martin Luther King Jr. Day'], ['2026-02-16', "Presidents' Day"],
        ['2026-05-25', 'Memorial Day'], ['2026-06-19', 'Juneteenth'], ['2026-07-03', 'Independence Day (observed)'],
        ['2026-09-07', 'Labor Day'], ['2026-11-26', 'Thanksgiving Day'], ['2026-12-25', 'Christmas Day'], ['2027-01-01', "New Year's Day"]] },
    { code: 'france', name: 'France', zone: 'Europe/Paris', phone: '+33 1 70 18', holidays: [
        ['2026-01-01', "Jour de l'an"], ['2026-04-06', 'Lundi de Pâques'], ['2026-05-01', 'Fête du Travail'], ['2026-05-08', 'Victoire 1945'],
        ['2026-05-14', 'Ascension'], ['2026-05-25', 'Lundi de Pentecôte'], ['2026-07-14', 'Fête nationale'], ['2026-08-15', 'Assomption'],
        ['2026-11-11', 'Armistice'], ['2026-12-25', 'Noël'], ['2027-01-01', "Jour de l'an"]] },
    { code: 'apac', name: 'Singapore', zone: 'Asia/Singapore', phone: '+65 6123', holidays: [
        ['2026-01-01', "New Year's Day"], ['2026-02-17', 'Chinese New Year'], ['2026-02-18', 'Chinese New Year (second day)'],
        ['2026-04-03', 'Good Friday'], ['2026-05-01', 'Labour Day'], ['2026-08-10', 'National Day (observed)'],
        ['2026-12-25', 'Christmas Day'], ['2027-01-01', "New Year's Day"]] },
    { code: 'india', name: 'India', zone: 'Asia/Kolkata', phone: '+91 22 6160', holidays: [
        ['2026-01-26', 'Republic Day'], ['2026-03-04', 'Holi'], ['2026-08-15', 'Independence Day'],
        ['2026-10-02', 'Gandhi Jayanti'], ['2026-11-09', 'Diwali'], ['2026-12-25', 'Christmas Day']] },
    { code: 'japan', name: 'Japan', zone: 'Asia/Tokyo', phone: '+81 3 4520', holidays: [
        ['2026-01-01', 'Ganjitsu'], ['2026-01-12', 'Coming of Age Day'], ['2026-02-11', 'National Foundation Day'],
        ['2026-02-23', "Emperor's Birthday"], ['2026-04-29', 'Showa Day'], ['2026-05-04', 'Greenery Day'],
        ['2026-05-05', "Children's Day"], ['2026-05-06', 'Constitution Day (substitute)'], ['2026-07-20', 'Marine Day'],
        ['2026-09-21', 'Respect for the Aged Day'], ['2026-11-03', 'Culture Day'], ['2026-11-23', 'Labour Thanksgiving Day']] },
    { code: 'anz', name: 'Australia', zone: 'Australia/Sydney', phone: '+61 2 9374', holidays: [
        ['2026-01-01', "New Year's Day"], ['2026-01-26', 'Australia Day'], ['2026-04-03', 'Good Friday'],
        ['2026-04-06', 'Easter Monday'], ['2026-06-08', "King's Birthday"], ['2026-10-05', 'Labour Day'],
        ['2026-12-25', 'Christmas Day'], ['2026-12-28', 'Boxing Day (observed)'], ['2027-01-01', "New Year's Day"]] },
    { code: 'latam', name: 'Brazil', zone: 'America/Sao_Paulo', phone: '+55 11 3090', holidays: [
        ['2026-01-01', 'Confraternização Universal'], ['2026-02-16', 'Carnaval'], ['2026-02-17', 'Carnaval'],
        ['2026-04-03', 'Sexta-feira Santa'], ['2026-04-21', 'Tiradentes'], ['2026-05-01', 'Dia do Trabalho'],
        ['2026-09-07', 'Independência'], ['2026-10-12', 'Nossa Senhora Aparecida'], ['2026-11-02', 'Finados'],
        ['2026-11-20', 'Consciência Negra'], ['2026-12-25', 'Natal']] },
    { code: 'nordics', name: 'Sweden', zone: 'Europe/Stockholm', phone: '+46 8 5050', holidays: [
        ['2026-01-01', 'Nyårsdagen'], ['2026-01-06', 'Trettondedag jul'], ['2026-04-03', 'Långfredagen'],
        ['2026-04-06', 'Annandag påsk'], ['2026-05-01', 'Första maj'], ['2026-05-14', 'Kristi himmelsfärds dag'],
        ['2026-06-19', 'Midsommarafton'], ['2026-12-24', 'Julafton'], ['2026-12-25', 'Juldagen'], ['2026-12-31', 'Nyårsafton']] },
];

export const VENDORS = [
    ['OracleSupport', 'Oracle Corporation'], ['DellHardware', 'Dell Technologies'], ['MicrosoftPremier', 'Microsoft Ireland Operations Ltd'],
    ['SapSupport', 'SAP SE'], ['RedHatSupport', 'Red Hat Ltd'], ['EquinixColo', 'Equinix (UK) Ltd'], ['CiscoSmartNet', 'Cisco Systems'],
    ['ServiceNowSub', 'ServiceNow Nederland B.V.'], ['AwsEnterprise', 'Amazon Web Services EMEA SARL'], ['NetAppSupport', 'NetApp BV'],
];

export const LINUX = ['Red Hat Enterprise Linux 9', 'Red Hat Enterprise Linux 8', 'Ubuntu 22.04 LTS', 'Ubuntu 24.04 LTS', 'Debian 12', 'SUSE Linux Enterprise 15'];
export const WINDOWS = ['Windows Server 2022', 'Windows Server 2019'];
export const LEGACY_OS = ['Windows Server 2012 R2', 'CentOS 7', 'Red Hat Enterprise Linux 6', 'Solaris 10'];
export const DATABASES = [['PostgreSQL', ['15.6', '16.2']], ['Oracle Database', ['19c', '21c']], ['Microsoft SQL Server', ['2019', '2022']], ['MariaDB', ['10.11']]];
export const LEADS = ['Ana Souza', 'Ben Okafor', 'Chen Wei', 'Dana Levi', 'Emil Larsen', 'Fatima Khan', 'Greta Vogel', 'Hiro Tanaka',
    'Ines Moreau', 'Jonas Berg', 'Kavya Rao', 'Liam Walsh', 'Maya Cohen', 'Noah Schmidt', 'Olivia Brown', 'Pablo Ruiz'];

/** Offering suffixes and their audiences. */
export const AUDIENCES = [
    ['Staff', 'All staff'], ['Executive', 'Board members and their assistants'], ['Partner', 'External partners with a signed agreement'],
    ['Regional', 'Staff of the regional offices'], ['Contractor', 'Contractors with a corporate account'], ['Kiosk', 'Shared shop-floor terminals'],
];

/** Durations SLA targets are written in, strictest first. */
export const DURATIONS = ['5m', '10m', '15m', '30m', '1h', '2h', '4h', '8h', '1d', '2d', '3d', '5d', '10d', '15d', '20d'];

/** Response/resolve targets per priority (indexes into DURATIONS), for the 5-level and the 3-level matrix. */
export const TARGETS = {
    Standard: {
        Platinum: [[0, 4], [2, 6], [4, 8], [6, 10], [8, 11]],
        Gold: [[2, 6], [3, 7], [6, 10], [8, 11], [9, 12]],
        Silver: [[3, 7], [4, 8], [7, 11], [9, 12], [11, 14]],
    },
    Simple: {
        Platinum: [[0, 4], [4, 8], [6, 10]],
        Gold: [[2, 6], [6, 10], [8, 11]],
        Silver: [[3, 7], [7, 11], [9, 12]],
    },
};

/** Availabilities a catalogue writes, highest first. */
export const NICE_AVAILABILITIES = [99.99, 99.95, 99.9, 99.8, 99.7, 99.5, 99.3, 99, 98.5, 98, 97.5, 97, 95];
