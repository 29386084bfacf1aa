// corp.platform: the shared data centres (two sites, A and B, plus a staging
// pool and a planned DR host), the technical services every unit builds on,
// and the hosting OLA that underpins every 24x7 SLA.
import { PLATFORM, agreementLines, ciLines, definition, quote, serviceLines, strictestTargets } from './model.mjs';

export class Platform {
    constructor(model) {
        this.model = model;
        const shared = model.shared;
        this.hostsA = [];
        this.hostsB = [];
        this.stagingHosts = [];
        const ci = (name, spec) => {
            const def = model.add(definition('ConfigurationItem', name, PLATFORM, 'cmdb', null, r => ciLines(r, def, spec)));
            return def;
        };
        this.ci = ci;
        const infra = shared.infrastructure;
        this.clusterA = ci('esx-cluster-a', { cls: shared.cluster, owner: infra, description: 'vSphere cluster, data centre A' });
        this.clusterB = ci('esx-cluster-b', { cls: shared.cluster, owner: infra, description: 'vSphere cluster, data centre B' });
        const switchSpec = mgmt => ({ cls: shared.networkDevice, owner: shared.networkOps,
            attributes: [['model', quote('Cisco Nexus 9364C')], ['mgmtIp', mgmt]] });
        this.switchA = ci('core-sw01', switchSpec(model.ip()));
        this.switchB = ci('core-sw02', switchSpec(model.ip()));
        const sanSpec = () => ({ cls: shared.storageArray, owner: infra,
            attributes: [['model', quote('NetApp AFF A400')], ['capacityTb', '368.6']] });
        this.sanA = ci('san-a01', sanSpec());
        this.sanB = ci('san-b01', sanSpec());
        ci('esx-dr01', { cls: shared.hypervisor, environment: 'dr', status: 'planned', owner: infra,
            description: 'Disaster-recovery host, on order', attributes: [['os', quote('VMware ESXi 8.0')], ['rack', quote('DR-01')]] });
        const [a1, b1] = this.hostPair(0);
        const vm = (name, host, os) => ci(name, { cls: shared.virtualServer, owner: infra,
            attributes: [['os', quote(os)], ['ip', model.ip()], ['cores', '4'], ['memoryGb', '16'], ['autostart', 'true']],
            relations: [['hosted on', [host]]] });
        const ad01 = vm('ad01', a1, 'Windows Server 2022');
        const ad02 = vm('ad02', b1, 'Windows Server 2022');
        const dns01 = vm('dns01', a1, 'Debian 12');
        const dns02 = vm('dns02', b1, 'Debian 12');
        const mon01 = vm('mon01', a1, 'Ubuntu 24.04 LTS');
        const mon02 = vm('mon02', b1, 'Ubuntu 24.04 LTS');
        const bkp01 = vm('bkp01', b1, 'Red Hat Enterprise Linux 9');
        this.directoryServers = [ad01, ad02];
        const app = (name, version, relations) => ci(name, { cls: shared.application, owner: infra,
            attributes: [['version', quote(version)], ['contactEmail', quote('infrastructure@corp.example')]], relations });
        const monitoring = app('monitoring-app', '2.52', [['runs on', [mon01, mon02]], ['depends on', [ad01]]]);
        const backup = app('backup-app', '12.1', [['runs on', [bkp01]], ['depends on', [this.sanB]]]); // one server: intended

        const service = (name, spec) => {
            const s = { kind: 'technical', status: 'live', tier: 1, owner: infra, support: shared.serviceDesk, dependencies: [], ...spec };
            if (s.tier === 1 && s.status === 'live') s.continuityPlan = shared.recovery;
            s.def = model.add(definition('Service', name, PLATFORM, 'services', null, r => serviceLines(r, s.def, s)));
            return s;
        };
        this.directory = service('Directory', { availability: 99.99, realizedBy: [ad01, ad02], doc: 'Active Directory: accounts, groups and Kerberos for every application.' });
        this.dns = service('Dns', { availability: 99.9, realizedBy: [dns01] });
        this.dnsSecondary = service('DnsSecondary', { availability: 99.9, realizedBy: [dns02] });
        this.network = service('Network', { availability: 99.99, owner: shared.networkOps, realizedBy: [this.switchA, this.switchB],
            description: 'Data centre LAN and WAN between sites A and B' });
        this.storage = service('Storage', { availability: 99.99, realizedBy: [this.sanA, this.sanB] });
        service('Monitoring', { availability: 99.9, realizedBy: [monitoring], dependencies: [{ services: [this.network] }] });
        service('Backup', { tier: 2, availability: 99.5, realizedBy: [backup], dependencies: [{ services: [this.storage, this.network] }] });

        const hosting = {
            provider: infra, matrix: shared.standard, hours: shared.always, slas: [],
            doc: 'Infrastructure\'s commitment behind every 24x7 agreement.',
            targets: () => strictestTargets(hosting.slas, 1),
        };
        hosting.def = model.add(definition('Ola', 'HostingOla', PLATFORM, 'agreements', null, r => agreementLines(r, hosting.def, hosting)));
        this.hostingOla = hosting;
    }

    /** The dependency groups of a unit's technical service: directory, either DNS, the network, storage for databases. */
    baseDependencies(withStorage) {
        return [
            { services: [this.directory] },
            { redundant: true, services: [this.dns, this.dnsSecondary] },
            { services: withStorage ? [this.network, this.storage] : [this.network] },
        ];
    }

    /** A pair of hypervisors, one per site; two units share a pair. */
    hostPair(unitIndex) {
        const index = Math.floor(unitIndex / 2);
        while (this.hostsA.length <= index) {
            const n = String(this.hostsA.length + 1).padStart(2, '0');
            this.hostsA.push(this.hypervisor(`esx-a${n}`, 'A', this.clusterA, this.switchA));
            this.hostsB.push(this.hypervisor(`esx-b${n}`, 'B', this.clusterB, this.switchB));
        }
        return [this.hostsA[index], this.hostsB[index]];
    }

    /** A staging hypervisor; four units share one. */
    stagingHost(unitIndex) {
        const index = Math.floor(unitIndex / 4);
        while (this.stagingHosts.length <= index) {
            const n = String(this.stagingHosts.length + 1).padStart(2, '0');
            this.stagingHosts.push(this.hypervisor(`esx-s${n}`, 'S', null, null, 'staging'));
        }
        return this.stagingHosts[index];
    }

    hypervisor(name, site, cluster, uplink, environment = 'production') {
        const model = this.model;
        const number = Number(name.slice(-2));
        const relations = [];
        if (cluster) relations.push(['member of', [cluster]]);
        if (uplink) relations.push(['connects to', [uplink]]);
        return this.ci(name, {
            cls: model.shared.hypervisor, environment, owner: model.shared.infrastructure,
            attributes: [['os', quote('VMware ESXi 8.0')], ['ip', model.ip()], ['cores', '64'], ['memoryGb', '1024'],
                ['installed', `2024-${String(1 + (number % 12)).padStart(2, '0')}-${String(1 + (number % 28)).padStart(2, '0')}`],
                ['rack', quote(`${site}-${String(number).padStart(2, '0')}`)], ['console', quote(`https://${name}.corp.example/ui`)],
                ['cpuGhz', '2.9']],
            relations,
        });
    }
}
