import createClient from "openapi-fetch";
import DigestClient from "digest-fetch";
import type { paths } from "./generated/schema.js";

const digest = new DigestClient(process.env.MONGODB_ATLAS_PUBLIC_API_KEY, process.env.MONGODB_ATLAS_PRIVATE_API_KEY);
const client = createClient<paths>({
  baseUrl: process.env.BASE ?? "https://cloud.mongodb.com/api/atlas/v1.0",
  // openapi-fetch hands over a Request; digest-fetch sends (url, init) again after the challenge.
  fetch: async (request) =>
    (await digest.fetch(request.url, {
      method: request.method,
      headers: Object.fromEntries(request.headers),
      body: await request.text(),
    })) as Response,
});
const { data, error } = await client.POST("/orgs/{orgId}/apiKeys", {
  params: { path: { orgId: "5980cfc70b6d97029d82e3f6" } },
  body: { desc: "CI deployer", roles: ["ORG_MEMBER"] }, // roles: ["ORG_FOO"] does not compile
});
if (error !== undefined || "content" in data) throw new Error(`not created: ${JSON.stringify(error)}`);
console.log(JSON.stringify({ publicKey: data.publicKey, privateKey: data.privateKey })); // shown once
