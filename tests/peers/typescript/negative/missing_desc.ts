// Must NOT compile: `desc` is required in CreateOrgApiKeyRequest.
// ./check expects tsc to reject it, naming the property.
import createClient from "openapi-fetch";
import type { paths } from "../generated/schema.js";

const atlas = createClient<paths>({ baseUrl: "https://cloud.mongodb.com" });
await atlas.POST("/api/atlas/v2/orgs/{orgId}/apiKeys", {
  params: { path: { orgId: "5980cfc70b6d97029d82e3f6" } },
  body: { roles: ["ORG_MEMBER"] },
});
