-- PLACE_PROVIDER is blank for a placement without a provider: the temporary placements T0-T4 (DfE rule 213,
-- "placement provider information not required") and Z1 (rule 178 refuses a provider with any of them). The domain
-- requires it for every other placement type (PeriodOfCare.checkProvider).

alter table episode alter column placement_provider drop not null;
