// Must NOT compile: `desc` is required in CreateOrgApiKeyRequest.
// ./check expects tsc to reject it, naming the property.
import createClient from "openapi-fetch";
import type { paths } from "../generated/schema.js";

const atlas = createClient<paths>({ baseUrl: "https://cloud.mongodb.com/api/atlas/v1.0" });
await atlas.POST("/orgs/{orgId}/apiKeys", {
  params: { path: { orgId: "5980cfc70b6d97029d82e3f6" } },
  body: { roles: ["ORG_MEMBER"] },
});
