// Verifies one webhook with the Standard Webhooks reference library (npm "standardwebhooks").
// Reads {"secret": "whsec_...", "headers": {"webhook-id": ..., "webhook-timestamp": ..., "webhook-signature": ...},
// "body": "<raw body>"} as JSON on standard input; prints "verified" and exits 0, or "rejected: <reason>" and exits 1.
import { Webhook } from "standardwebhooks";

let input = "";
process.stdin.setEncoding("utf8");
for await (const chunk of process.stdin) {
  input += chunk;
}
const { secret, headers, body } = JSON.parse(input);
try {
  new Webhook(secret).verify(body, headers);
  console.log("verified");
} catch (e) {
  console.log(`rejected: ${e.message}`);
  process.exit(1);
}
