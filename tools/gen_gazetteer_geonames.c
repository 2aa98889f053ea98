/*
 * gen_gazetteer_geonames.c -- dump the GeoNames cities of libgeonames as
 * tab-separated lines for tools/gen_gazetteer.lua (build time only: the
 * dateline library never links libgeonames).
 *
 *   name <TAB> region <TAB> country <TAB> country code <TAB> time zone <TAB> population
 *
 * usage: gen_gazetteer_geonames MIN_POPULATION > cities.tsv
 */
#include <geonames.h>
#include <stdio.h>
#include <stdlib.h>

static const char *nz(const char *s) { return s ? s : ""; }

int main(int argc, char **argv)
{
  gint n = geonames_get_n_cities(), i;
  unsigned long min = argc > 1 ? strtoul(argv[1], NULL, 10) : 0;
  for (i = 0; i < n; i++) {
    GeonamesCity *c = geonames_get_city(i);
    if (!c) continue;
    if (geonames_city_get_population(c) >= min)
      printf("%s\t%s\t%s\t%s\t%s\t%u\n", nz(geonames_city_get_name(c)),
             nz(geonames_city_get_state(c)), nz(geonames_city_get_country(c)),
             nz(geonames_city_get_country_code(c)),
             nz(geonames_city_get_timezone(c)),
             geonames_city_get_population(c));
    geonames_city_free(c);
  }
  return 0;
}
