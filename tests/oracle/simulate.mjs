// Reads a JSON array of cases on stdin, prints one verdict per case (JSON array) on stdout:
// "Allowed", "ExplicitlyDenied", "ImplicitlyDenied", or "error: ..." for a case it refuses.
// A case: { policies: [policy...], boundary: policy|null, action, resource, principal, account }.
import { runSimulation } from '@cloud-copilot/iam-simulate'

const chunks = []
for await (const c of process.stdin) chunks.push(c)
const cases = JSON.parse(Buffer.concat(chunks).toString('utf8'))
const out = []
for (const c of cases) {
  const simulation = {
    identityPolicies: c.policies.map((policy, i) => ({ name: `p${i}`, policy })),
    serviceControlPolicies: [],
    resourceControlPolicies: [],
    request: {
      action: c.action,
      principal: c.principal,
      resource: { accountId: c.account, resource: c.resource },
      contextVariables: {}
    }
  }
  if (c.boundary) simulation.permissionBoundaryPolicies = [{ name: 'boundary', policy: c.boundary }]
  try {
    const r = await runSimulation(simulation, {})
    out.push(r.resultType === 'error' ? `error: ${r.errors?.message ?? 'invalid'}` : r.overallResult)
  } catch (e) {
    out.push(`error: ${e.message}`)
  }
}
process.stdout.write(JSON.stringify(out))
