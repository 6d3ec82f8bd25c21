// A newsroom frontend's client, typed by the bindings openapi-typescript generates from openapi/openapi.yaml
// (ContractToolsTest generates them and type-checks this file with tsc: a contract change that breaks it fails CI).
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/claims-api";

type Annotation = components["schemas"]["Annotation"];
type GateReport = components["schemas"]["GateReport"];

export function claimsApi(baseUrl: string, apiKey: string) {
  return createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${apiKey}` } });
}

/** The tour: list articles, create a claim by quote, read its annotation's suggestion, review it, call the gate. */
export async function tour(api: ReturnType<typeof claimsApi>): Promise<GateReport | undefined> {
  const articles = await api.GET("/api/v1/articles", {
    params: { query: { limit: 5, since: "2025-11-29T23:30:00-05:00" } },
  });
  const article = articles.data?.items?.[0];
  if (!article?.id) return undefined;
  const published: string | null | undefined = article.publishedAt; // a date or a date-time with offset

  const claim = await api.POST("/api/v1/claims", {
    body: { articleId: article.id, anchor: { exact: "the Prime Minister of Cambodia" } },
  });
  if (!claim.data?.id) return undefined;

  // GET /claims/{id} also speaks ClaimReview JSON-LD (Accept: application/ld+json): narrow to the JSON claim.
  const read = await api.GET("/api/v1/claims/{id}", { params: { path: { id: claim.data.id } } });
  const annotation: Annotation | undefined = read.data && "annotation" in read.data ? read.data.annotation : undefined;
  const suggestion: string | null | undefined = annotation?.suggestion;
  console.log(published, annotation?.verdict, annotation?.confidence, suggestion ?? "no suggestion");

  await api.POST("/api/v1/claims/{claimId}/reviews", {
    params: { path: { claimId: claim.data.id } },
    body: { verdict: "OUTDATED", confidence: 0.9, summary: "Hun Sen left office on 2023-08-22." },
  });

  const gate = await api.GET("/api/v1/articles/{id}/gate", {
    params: { path: { id: article.id }, query: { failOn: ["INACCURATE", "OUTDATED"], minConfidence: 0.8, pending: "fail" } },
  });
  return gate.data;
}
