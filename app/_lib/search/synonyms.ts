/**
 * The reviewed synonym lists, as data: each line says why it is there. Two kinds:
 * - SYNONYMS become aliases of the objects they name (build.ts): a whole query equal to the term
 *   finds those objects as if it were their name, in that order.
 * - EXPANSIONS rewrite part of a query at search time (engine.ts): the query also runs with the
 *   phrase replaced by each expansion, ranked a little below the query as typed, so "s3 bucket"
 *   also means "cloud storage bucket" and "cryptomining" also means "resource hijacking".
 * Terms are matched as whole words, case- and accent-insensitively. Keep both short and
 * unambiguous: a wrong line hides better results. Tests check every id is live and every
 * expansion finds something.
 */

/**
 * Synonyms we add as aliases, because readers type them and ATT&CK's names spell them out. Each
 * term lists the ids it names, best first (that order is the ranking among them). Kept short and
 * unambiguous on purpose: a synonym outranks full-text hits, so a wrong one would hide better
 * results. The build fails if an id here is not a live object (see build.ts).
 */
export const SYNONYMS: readonly { term: string; ids: readonly string[]; why: string }[] = [
  {
    term: 'MFA',
    ids: ['M1032', 'T1556.006', 'T1111', 'T1621'],
    why: 'Everyone says MFA; ATT&CK writes "Multi-factor Authentication" (the mitigation, first: it is what a defender looks for), and the MFA technique names spell it out too. "MFA" only occurs in some bodies, so full text alone would rank these below incidental mentions.',
  },
  { term: '2FA', ids: ['M1032'], why: 'The older name for multi-factor authentication, still common in policies and audit findings.' },
  {
    term: 'PAM',
    ids: ['M1026', 'T1556.003'],
    why: 'Privileged Account (Access) Management in GRC language; Pluggable Authentication Modules on Linux. Both are ATT&CK names that never use the acronym.',
  },
  { term: 'DLP', ids: ['M1057'], why: 'Universal abbreviation of Data Loss Prevention.' },
  {
    term: 'obfuscation',
    ids: ['T1027', 'T1001'],
    why: 'What practitioners call it; ATT&CK names T1027 "Obfuscated Files or Information", which never contains the noun, so its own sub-techniques ("Command Obfuscation") outranked it. T1001 Data Obfuscation is the network-traffic one.',
  },
  { term: 'C2', ids: ['TA0011'], why: 'The usual name of the Command and Control tactic; the tactic name never contains "C2".' },
  { term: 'C&C', ids: ['TA0011'], why: 'Older spelling of C2.' },
  { term: 'RDP', ids: ['T1021.001'], why: 'Remote Desktop Protocol is always called RDP; without this, "RDP Hijacking" would outrank the protocol itself.' },
  { term: 'WMI', ids: ['T1047'], why: 'Windows Management Instrumentation is always called WMI.' },
  { term: 'MitM', ids: ['T1557'], why: 'ATT&CK renamed Man-in-the-Middle to Adversary-in-the-Middle; readers still type the old name and its acronym.' },
  { term: 'Man-in-the-Middle', ids: ['T1557'], why: 'The former ATT&CK name of T1557.' },
  { term: 'AitM', ids: ['T1557'], why: 'Acronym of the current name.' },
  { term: 'UAC', ids: ['T1548.002'], why: 'User Account Control is always called UAC.' },
  { term: 'DoS', ids: ['T1499', 'T1498'], why: 'Denial of Service: both ATT&CK techniques spell it out.' },
  { term: 'DDoS', ids: ['T1498', 'T1499'], why: 'Distributed denial of service is mostly network flooding (T1498).' },
  { term: 'IMDS', ids: ['T1552.005'], why: 'Cloud engineers know the instance metadata service as IMDS (AWS, Azure).' },
];

/**
 * Practitioners' words for things ATT&CK and the CCM name otherwise. `term` is replaced by each of
 * `expands` in turn. Sources: ATT&CK's own descriptions where it names the product or the older
 * term (cited per line), cloud providers' product names, and common usage in detection rules.
 */
export const EXPANSIONS: readonly { term: string; expands: readonly string[]; why: string }[] = [
  { term: 's3', expands: ['cloud storage'], why: 'Amazon S3 is the object store that T1530/T1619/T1537 call "cloud storage" (their descriptions name AWS S3).' },
  { term: 'bucket', expands: ['cloud storage'], why: 'S3 and Google Cloud Storage hold objects in buckets; ATT&CK says "cloud storage objects".' },
  { term: 'blob', expands: ['cloud storage'], why: 'Azure Blob Storage is Azure\'s object store: "cloud storage" in ATT&CK.' },
  { term: 'cryptomining', expands: ['resource hijacking'], why: 'T1496 Resource Hijacking is where ATT&CK describes cryptocurrency mining on victim resources.' },
  { term: 'cryptojacking', expands: ['resource hijacking'], why: 'Cryptojacking is the common name for T1496\'s mining on hijacked resources.' },
  { term: 'coin mining', expands: ['resource hijacking'], why: 'As cryptomining (T1496).' },
  { term: 'crypto mining', expands: ['resource hijacking'], why: 'As cryptomining (T1496).' },
  { term: 'ransomware', expands: ['data encrypted for impact'], why: 'T1486 Data Encrypted for Impact is ATT&CK\'s technique for ransomware encryption (its description says so).' },
  { term: 'mfa', expands: ['multi factor authentication'], why: 'Universal acronym; ATT&CK and the CCM spell it out ("MFA fatigue" → T1621, "MFA bypass" → T1556.006, T1111).' },
  { term: '2fa', expands: ['multi factor authentication'], why: 'Older name for MFA.' },
  { term: 'sso', expands: ['single sign on'], why: 'Universal acronym of single sign-on.' },
  { term: 'imds', expands: ['cloud instance metadata api'], why: 'AWS and Azure call the instance metadata service IMDS; ATT&CK T1552.005 says "Cloud Instance Metadata API".' },
  { term: 'metadata service', expands: ['cloud instance metadata api'], why: 'The providers\' name for what T1552.005 calls the Cloud Instance Metadata API.' },
  { term: 'lambda', expands: ['serverless'], why: 'AWS Lambda is the serverless platform of T1648 Serverless Execution and T1578/T1059.009 cloud entries.' },
  { term: 'azure functions', expands: ['serverless'], why: 'Azure\'s serverless platform (T1648).' },
  { term: 'cloud functions', expands: ['serverless'], why: 'Google Cloud\'s serverless platform (T1648).' },
  { term: 'k8s', expands: ['kubernetes'], why: 'Universal numeronym of Kubernetes.' },
  { term: 'aks', expands: ['kubernetes'], why: 'Azure Kubernetes Service.' },
  { term: 'eks', expands: ['kubernetes'], why: 'Amazon Elastic Kubernetes Service.' },
  { term: 'gke', expands: ['kubernetes'], why: 'Google Kubernetes Engine.' },
  { term: 'entra', expands: ['azure ad'], why: 'Microsoft renamed Azure AD to Entra ID in 2023; ATT&CK prose uses both names.' },
  { term: 'aad', expands: ['azure ad'], why: 'Common abbreviation of Azure Active Directory (now Entra ID).' },
  { term: 'keylogger', expands: ['keylogging'], why: 'T1056.001 is named Keylogging; malware reports say keylogger.' },
  { term: 'theft', expands: ['steal'], why: 'ATT&CK names theft techniques "Steal …" (T1539, T1528, T1649, T1558).' },
  { term: 'stealing', expands: ['steal'], why: 'As theft: "Steal …" names.' },
  { term: 'webshell', expands: ['web shell'], why: 'Common one-word spelling of T1505.003 Web Shell (also in software names, so it is no typo).' },
  { term: 'privesc', expands: ['privilege escalation'], why: 'Common shorthand for the Privilege Escalation tactic.' },
  { term: 'exfil', expands: ['exfiltration'], why: 'Common shorthand for exfiltration.' },
  { term: 'lolbins', expands: ['system binary proxy execution'], why: 'Living-off-the-land binaries are what T1218 System Binary Proxy Execution covers.' },
  { term: 'lolbas', expands: ['system binary proxy execution'], why: 'The LOLBAS project lists the binaries of T1218.' },
  { term: 'edr', expands: ['endpoint detection'], why: 'Endpoint detection and response; ATT&CK and the CCM spell it out.' },
  { term: 'antivirus', expands: ['anti virus'], why: 'ATT&CK writes both "antivirus" and "anti-virus" (T1518.001 Security Software Discovery: "cloud monitoring agents and anti-virus"); each spelling misses the other\'s pages.' },
  { term: 'siem', expands: ['security information and event management'], why: 'Universal acronym; CCM logging controls spell it out.' },
  // Technique topics in practitioners' words.
  { term: 'watering hole', expands: ['drive by compromise'], why: 'T1189 Drive-by Compromise: "often referred to a strategic web compromise or watering hole attack".' },
  { term: 'man in the browser', expands: ['browser session hijacking'], why: 'T1185 Browser Session Hijacking is man-in-the-browser (its description and detections say so).' },
  { term: 'business email compromise', expands: ['financial theft'], why: 'T1657 Financial Theft names business email compromise (BEC) among its campaign types.' },
  { term: 'bec', expands: ['financial theft'], why: 'Acronym of business email compromise (T1657).' },
  { term: 'port scanning', expands: ['network service discovery'], why: 'T1046 Network Service Discovery: "port, vulnerability, and/or wordlist scans".' },
  { term: 'port scan', expands: ['network service discovery'], why: 'As port scanning (T1046).' },
  { term: 'arp spoofing', expands: ['arp cache poisoning'], why: 'ARP spoofing and ARP cache poisoning (T1557.002) are one attack under two names.' },
  { term: 'mfa fatigue', expands: ['multi factor authentication request generation'], why: 'T1621 is MFA fatigue (push bombing); its references are titled "MFA Fatigue Attacks".' },
  { term: 'push bombing', expands: ['multi factor authentication request generation'], why: 'Another name of MFA fatigue (T1621).' },
  { term: 'teamviewer', expands: ['remote desktop software'], why: 'T1219.002 Remote Desktop Software names TeamViewer among its tools.' },
  { term: 'anydesk', expands: ['remote desktop software'], why: 'T1219.002 Remote Desktop Software names AnyDesk among its tools.' },
  { term: 'stop services', expands: ['service stop'], why: 'T1489 Service Stop, in the words people use.' },
  { term: 'application allowlisting', expands: ['execution prevention'], why: 'M1038 Execution Prevention is ATT&CK\'s mitigation for application allowlisting ("application control"; NIST SP 800-167 calls it application whitelisting).' },
  { term: 'application whitelisting', expands: ['execution prevention'], why: 'Older name of application allowlisting (M1038).' },
  { term: 'allowlisting', expands: ['application control'], why: 'Application allowlisting is application control: M1038 Execution Prevention, M1033 (allowlists).' },
  { term: 'whitelisting', expands: ['application control'], why: 'Older word for allowlisting (M1038, M1033 "Application Whitelisting").' },
  { term: 'web filtering', expands: ['restrict web based content'], why: 'M1021 Restrict Web-Based Content is web and URL filtering (its description says URL filtering).' },
  // Cloud words.
  { term: 'iam user', expands: ['cloud account'], why: 'An AWS IAM user is what ATT&CK calls a cloud account (T1136.003, T1078.004; the Atomic test "AWS Create IAM User").' },
  { term: 'aws console', expands: ['cloud service dashboard'], why: 'The AWS Management Console is a cloud service dashboard (T1538; its detections read "AWS Console Sign-in Events").' },
  { term: 'mailbox', expands: ['email collection'], why: 'Mailbox access (Exchange, Office 365) is ATT&CK\'s Email Collection (T1114).' },
  // CCM control topics: GRC words for what the CCM titles otherwise.
  { term: 'bring your own key', expands: ['key management capability'], why: 'BYOK is CEK-08 CSC Key Management Capability: "CSCs to manage their own data encryption keys".' },
  { term: 'byok', expands: ['key management capability'], why: 'Acronym of bring your own key (CEK-08).' },
  { term: 'data residency', expands: ['data location'], why: 'Data residency is DSP-19 Data Location: "the physical locations of data".' },
  { term: 'right to erasure', expands: ['personal data deletion'], why: 'GDPR Art. 17 right to erasure is DSP-11: data subjects request "deletion of their personal data".' },
  { term: 'right to be forgotten', expands: ['personal data deletion'], why: 'GDPR\'s other name for the right to erasure (DSP-11).' },
  { term: 'mobile device management', expands: ['endpoint management'], why: 'MDM is what the CCM\'s UEM domain (Universal Endpoint Management) and UEM-05 Endpoint Management cover.' },
  { term: 'mdm', expands: ['endpoint management'], why: 'Acronym of mobile device management (UEM).' },
  { term: 'time synchronization', expands: ['clock synchronization'], why: 'LOG-06 Clock Synchronization: "a reliable time source".' },
  { term: 'ntp', expands: ['clock synchronization'], why: 'NTP is how systems synchronise clocks (LOG-06).' },
  { term: 'vendor risk', expands: ['supply chain risk'], why: 'Third-party and vendor risk is the CCM\'s supply chain risk management (STA-01, STA-10).' },
  { term: 'third party risk', expands: ['supply chain risk'], why: 'As vendor risk (STA-01, STA-10).' },
  { term: 'third party vendor', expands: ['supply chain'], why: 'Third-party and vendor management is the CCM\'s supply chain (STA-01, STA-08 to STA-16: "supply chain partners", "third parties").' },
  { term: 'software bill of materials', expands: ['bill of material'], why: 'An SBOM is what STA-09 Service Bill of Material (BOM) asks for.' },
  { term: 'sbom', expands: ['bill of material'], why: 'Acronym of software bill of materials (STA-09).' },
  { term: 'cctv', expands: ['surveillance'], why: 'Closed-circuit television is what DCS-11 Surveillance System asks for at the datacenter perimeter.' },
  { term: 'data breach', expands: ['security breach'], why: 'SEF-08 Security Breach Notification covers notifying data breaches (GDPR Art. 33/34 language).' },
  { term: 'disaster recovery', expands: ['disaster response'], why: 'The CCM titles its DR plan BCR-09 Disaster Response Plan; practitioners say disaster recovery.' },
  { term: 'asset inventory', expands: ['assets cataloguing'], why: 'DCS-07 Assets Cataloguing and Tracking is the CCM\'s asset inventory (with UEM-04 Endpoint Inventory).' },
  { term: 'shared responsibility', expands: ['shared security responsibility'], why: 'The CCM\'s STA-02 to STA-07 name the Shared Security Responsibility Model (SSRM).' },
  { term: 'test environments', expands: ['non production environments'], why: 'I&S-05 Production and Non-Production Environments: test and staging are the non-production ones.' },
  { term: 'dormant accounts', expands: ['inactive accounts'], why: 'M1018 User Account Management: "remove or disable inactive and unnecessary accounts".' },
  { term: 'aws cli', expands: ['cloud api'], why: 'Cloud providers\' command-line tools (AWS CLI, az, gcloud) drive what T1059.009 Cloud API describes.' },
  { term: 'azure cli', expands: ['cloud api'], why: 'As aws cli (T1059.009).' },
  { term: 'gcloud', expands: ['cloud api'], why: 'Google Cloud\'s CLI (T1059.009).' },
  { term: 'browser passwords', expands: ['credentials from web browsers'], why: 'T1555.003 Credentials from Web Browsers is stealing passwords saved in browsers.' },
  { term: 'hack', expands: ['compromise'], why: 'News says "the SolarWinds hack"; ATT&CK names such campaigns and techniques "… Compromise" (C0024, T1195, T1584).' },
  { term: 'configuration drift', expands: ['baseline deviation'], why: 'Drift from a configuration baseline is CCC-07 Detection of Baseline Deviation.' },
];
