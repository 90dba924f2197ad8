import createClient from "openapi-fetch";
import DigestClient from "digest-fetch";
import type { paths } from "./generated/schema.js";

const digest = new DigestClient(process.env.MONGODB_ATLAS_PUBLIC_API_KEY, process.env.MONGODB_ATLAS_PRIVATE_API_KEY);
const client = createClient<paths>({
  baseUrl: process.env.BASE ?? "https://cloud.mongodb.com", // the origin: the paths are whole
  // The Admin API v2 wants its version in Accept, and bodies sent as it.
  headers: { Accept: "application/vnd.atlas.2023-01-01+json", "Content-Type": "application/vnd.atlas.2023-01-01+json" },
  // openapi-fetch hands over a Request; digest-fetch sends (url, init) again after the challenge.
  fetch: async (request) =>
    (await digest.fetch(request.url, {
      method: request.method,
      headers: Object.fromEntries(request.headers),
      body: await request.text(),
    })) as Response,
});
const { data, error } = await client.POST("/api/atlas/v2/orgs/{orgId}/apiKeys", {
  params: { path: { orgId: "5980cfc70b6d97029d82e3f6" } },
  body: { desc: "CI deployer", roles: ["ORG_MEMBER"] }, // roles: ["ORG_FOO"] does not compile
});
if (error !== undefined) throw new Error(`not created: ${JSON.stringify(error)}`);
console.log(JSON.stringify({ publicKey: data.publicKey, privateKey: data.privateKey })); // shown once
