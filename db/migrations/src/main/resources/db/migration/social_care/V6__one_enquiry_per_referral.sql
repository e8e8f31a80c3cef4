-- A referral's first strategy discussion opens its child protection enquiry; later discussions are added to that
-- enquiry. Two concurrent "first" discussions must not make two enquiries (issue 9), so the rule is the database's.
create unique index child_protection_enquiry_one_per_referral on child_protection_enquiry (referral_id);
