-- A contract belongs to its client's home branch, not to the branch of whoever logged it: an
-- inbound agent in Perm who logs a Saratov client's contract put it into Perm, where the Saratov
-- head could not change its attribution and the Perm head could. Contracts logged that way move
-- to their client's branch. (Their signing date stays as recorded: it differs only for contracts
-- logged in the hour or two around midnight where the two zones fall on different days.)
UPDATE crm_contract
   SET branch_id = (SELECT c.home_branch_id FROM company c WHERE c.id = crm_contract.company_id)
 WHERE branch_id <> (SELECT c.home_branch_id FROM company c WHERE c.id = crm_contract.company_id);
