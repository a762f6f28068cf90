import AccordsCLI
