/** Built-in word lists the generator draws realistic names from. */
export const FIRST_NAMES = [
  'James', 'Mary', 'John', 'Patricia', 'Robert', 'Jennifer', 'Michael', 'Linda', 'William', 'Elizabeth',
  'David', 'Barbara', 'Richard', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah', 'Charles', 'Karen',
  'Christopher', 'Nancy', 'Daniel', 'Lisa', 'Matthew', 'Betty', 'Anthony', 'Margaret', 'Mark', 'Sandra',
  'Olga', 'Ivan', 'Dmitry', 'Anna', 'Sergey', 'Elena', 'Pierre', 'Marie', 'Hans', 'Greta',
  'Luca', 'Giulia', 'Mateo', 'Sofía', 'Hiroshi', 'Yuki', 'Wei', 'Li', 'Ahmed', 'Fatima',
  'Søren', 'Zoë', "D'Arcy", 'José', 'Chloé', 'Björn', 'Agnieszka', 'Tadjeddine', 'Nikolai', 'Ingrid',
];

export const LAST_NAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez',
  'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin',
  'Lee', 'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson',
  'Ivanov', 'Petrova', 'Smirnov', 'Müller', 'Schmidt', 'Dubois', 'Rossi', 'Bianchi', 'Tanaka', 'Suzuki',
  'Wang', 'Zhang', 'Kowalski', 'Nowak', 'Jensen', 'Larsen', "O'Brien", 'McDonald', 'van der Berg', 'Bachir',
];

export const COMPANY_WORDS = [
  'Acme', 'Globex', 'Initech', 'Umbrella', 'Stark', 'Wayne', 'Wonka', 'Cyberdyne', 'Hooli', 'Vandelay',
  'Northwind', 'Contoso', 'Fabrikam', 'Tailspin', 'Litware', 'Proseware', 'Adventure', 'Blue Yonder', 'Coho', 'Lucerne',
  'Pinnacle', 'Summit', 'Evergreen', 'Silverline', 'Redwood', 'Ironclad', 'Brightside', 'Oakridge', 'Harbor', 'Meridian',
];

export const COMPANY_SUFFIXES = [
  'Inc.', 'LLC', 'Ltd', 'GmbH', 'S.A.', 'Group', 'Holdings', 'Partners', 'Systems', 'Labs',
  'Industries', 'Solutions', 'Consulting', '& Sons', 'Trading', 'Logistics', 'Foods', 'Media', 'Bank', 'Energy',
];

export const JOB_TITLES = [
  'Programmer', 'Manager', 'Sales Manager', 'Accountant', 'CEO', 'CTO', 'Designer', 'Engineer', 'Analyst',
  'Consultant', 'Director', 'Office Manager', 'Buyer', 'Support Specialist', 'Marketing Lead', '',
];

export const INDUSTRIES = [
  'Software', 'Retail', 'Banking', 'Healthcare', 'Education', 'Manufacturing', 'Logistics', 'Energy', 'Media',
  'Telecommunications', 'Food and Beverage', 'Construction', '',
];

export const STREETS = ['Main St', 'Oak Ave', 'Lubanas st.', 'High Street', 'Rue de Rivoli', 'Baker Street', 'Tverskaya ul.', 'Elm Road', 'Market Sq', 'Park Lane'];
export const CITIES: ReadonlyArray<readonly [city: string, state: string, country: string]> = [
  ['Riga', '', 'Latvia'], ['New York', 'NY', 'United States'], ['San Francisco', 'CA', 'United States'],
  ['London', '', 'United Kingdom'], ['Paris', 'Île-de-France', 'France'], ['Berlin', 'Berlin', 'Germany'],
  ['Moscow', '', 'Russia'], ['Tokyo', '', 'Japan'], ['Milan', 'Lombardy', 'Italy'], ['Toronto', 'ON', 'Canada'],
];

/** About 30 tags, mixed case and with spaces, so trimmed lower-cased matching gets exercised. */
export const TAG_TITLES = [
  'VIP', 'Lead', 'Customer', 'Prospect', 'Partner', 'Newsletter', 'Trade Show', 'Cold Call', 'Key Account',
  'Reseller', 'Enterprise', 'SMB', 'Startup', 'Follow Up', 'Do Not Call', 'Webinar', 'Referral', 'Churn Risk',
  'Upsell', 'Beta Tester', 'EMEA', 'APAC', 'Americas', 'Renewal 2024', 'Conference 2023', 'Support Plan',
  'Decision Maker', 'Influencer', 'Inbound', 'Outbound',
];
