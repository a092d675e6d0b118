//! Which certificates to show first: the ones related to the worker's jobs. A certificate is
//! related to a job when it is that job's own (a nursing assistant's CNA, a forklift operator's
//! forklift card: [`FOR_JOBS`]) or belongs to the job's sector (a cook's food handler card).

use crate::profile::Profile;
use crate::taxonomy::{self, Certificate};

/// Certificates made for particular jobs (O*NET-SOC codes), ranked above a sector match.
pub const FOR_JOBS: &[(&str, &[&str])] = &[
    ("cert:cna", &["31-1131.00"]),
    ("cert:hha", &["31-1121.00", "31-1122.00"]),
    (
        "cert:cpr-first-aid",
        &[
            "31-1131.00",
            "31-1121.00",
            "31-1122.00",
            "39-9011.00",
            "33-9032.00",
        ],
    ),
    (
        "cert:bls",
        &["31-1131.00", "29-2061.00", "31-9092.00", "31-9097.00"],
    ),
    ("cert:phlebotomy", &["31-9097.00"]),
    ("cert:pharmacy-tech", &["29-2052.00"]),
    ("cert:medical-assistant", &["31-9092.00"]),
    ("cert:lpn-license", &["29-2061.00"]),
    ("cert:sterile-processing", &["31-9093.00"]),
    ("cert:servsafe-manager", &["35-1012.00", "11-9051.00"]),
    ("cert:alcohol-server", &["35-3011.00", "35-3031.00"]),
    (
        "cert:forklift",
        &["53-7051.00", "53-7062.00", "53-7064.00", "53-7065.00"],
    ),
    ("cert:cdl", &["53-3033.00"]),
    ("cert:drivers-license", &["53-3031.00", "53-3033.00"]),
    ("cert:security-guard", &["33-9032.00"]),
    ("cert:cda", &["39-9011.00"]),
    ("cert:welding", &["51-4121.00"]),
    ("cert:osha-10", &["47-2061.00"]),
    ("cert:osha-30", &["47-2061.00", "51-1011.00"]),
];

/// How related `cert` is to the profile's jobs: 2 made for one of them, 1 same sector, 0 not.
fn score(p: &Profile, cert: &Certificate) -> u8 {
    let t = taxonomy::get();
    let own = FOR_JOBS
        .iter()
        .find(|(id, _)| *id == cert.id)
        .map_or(&[][..], |(_, socs)| *socs);
    p.jobs
        .iter()
        .filter_map(|j| t.occupation_of(j))
        .map(|o| {
            if own.contains(&o.soc) {
                2
            } else if cert.sector == Some(o.sector) {
                1
            } else {
                0
            }
        })
        .max()
        .unwrap_or(0)
}

/// The listed certificates in two groups: first those related to the worker's jobs (most
/// related first, then list order) and any already chosen; then the rest, in list order.
pub fn certificates_for(p: &Profile) -> (Vec<&'static Certificate>, Vec<&'static Certificate>) {
    let chosen = |c: &Certificate| {
        p.credentials
            .iter()
            .any(|x| x.cert.as_deref() == Some(c.id))
    };
    let mut scored: Vec<(u8, &'static Certificate)> = taxonomy::get()
        .certificates
        .iter()
        .map(|c| (score(p, c), c))
        .collect();
    // A stable sort keeps the list order within each score.
    crate::order::sort_by_key(&mut scored, |(s, _)| std::cmp::Reverse(*s));
    let (first, rest): (Vec<_>, Vec<_>) =
        scored.into_iter().partition(|(s, c)| *s > 0 || chosen(c));
    (
        first.into_iter().map(|(_, c)| c).collect(),
        rest.into_iter().map(|(_, c)| c).collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::{Credential, CredentialKind, Job};

    fn with_job(soc: &str) -> Profile {
        let mut p = Profile::default();
        p.jobs.push(Job {
            id: "j1".into(),
            title: "x".into(),
            employer: None,
            occupation: Some(soc.into()),
            start: None,
            end: None,
        });
        p
    }

    fn ids(v: &[&Certificate]) -> Vec<&'static str> {
        v.iter().map(|c| c.id).collect()
    }

    #[test]
    fn a_nursing_assistant_sees_the_cna_first() {
        let (first, rest) = certificates_for(&with_job("31-1131.00"));
        assert_eq!(first[0].id, "cert:cna");
        assert!(ids(&first).contains(&"cert:bls"));
        assert!(ids(&rest).contains(&"cert:forklift"));
        assert_eq!(first.len() + rest.len(), taxonomy::get().certificates.len());
    }

    #[test]
    fn a_food_prep_worker_sees_the_food_handler_card_near_the_top() {
        let (first, rest) = certificates_for(&with_job("35-2021.00"));
        let at = ids(&first)
            .iter()
            .position(|c| *c == "cert:food-handler")
            .unwrap();
        assert!(at < 3, "{:?}", ids(&first));
        assert!(!ids(&first).contains(&"cert:cna") && ids(&rest).contains(&"cert:cna"));
    }

    #[test]
    fn no_jobs_shows_everything_in_list_order_and_chosen_ones_stay_in_view() {
        let mut p = Profile::default();
        let (first, rest) = certificates_for(&p);
        assert!(first.is_empty());
        assert_eq!(
            ids(&rest),
            ids(&taxonomy::get().certificates.iter().collect::<Vec<_>>())
        );
        p.credentials.push(Credential {
            id: "c1".into(),
            kind: CredentialKind::Certificate,
            cert: Some("cert:welding".into()),
            name: "Welding".into(),
            issuer: None,
            date: None,
            skills: vec![],
            signature: None,
        });
        let (first, _) = certificates_for(&p);
        assert_eq!(ids(&first), ["cert:welding"]);
    }

    #[test]
    fn every_listed_job_code_in_the_map_is_a_real_occupation_and_every_cert_exists() {
        let t = taxonomy::get();
        for (cert, socs) in FOR_JOBS {
            assert!(t.certificate(cert).is_some(), "{cert}");
            for soc in *socs {
                assert!(t.occupation(soc).is_some(), "{soc}");
            }
        }
    }
}
