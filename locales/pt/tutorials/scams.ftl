# Pas à pas — Portuguese (European, as spoken by Portuguese people in France). Translated from French (locales/fr/tutorials/scams.ftl).
# Draft: to be reviewed by a native speaker.
# Passo a passo: reconhecer uma burla. Uma frase por linha.

scams-title = Reconhecer uma burla

scams-1-title = As mensagens falsas
scams-1-text =
    Há ladrões que enviam mensagens falsas para lhe tirar dinheiro.
    Estas mensagens chegam por SMS ou por e-mail.
    Um SMS é uma mensagem escrita no telemóvel.
    Falam de uma encomenda, de uma multa ou da carte Vitale (cartão de saúde).
    Às vezes, mandam-lhe um link para um site falso.
    O site falso é muito parecido com o verdadeiro.
scams-1-image = Um telemóvel com uma mensagem.

scams-2-title = Os sinais de uma burla
scams-2-text =
    A mensagem diz que é urgente.
    A mensagem tem um link, um texto azul ou sublinhado que abre um site.
    A mensagem pede os seus códigos ou o seu cartão bancário.
    O remetente parece estranho.
    O remetente é a pessoa que envia a mensagem.
scams-2-image = Um triângulo com um ponto de exclamação.
scams-2-caution = Um serviço público nunca pede os seus códigos ou o seu cartão bancário por mensagem.

scams-3-title = Mensagem verdadeira ou burla?
scams-3-text =
    Aqui estão três mensagens para praticar.
    Leia cada mensagem.
    Toque em «Mensagem verdadeira» ou «Burla».
    Aparece uma explicação depois da sua resposta.
scams-3-image = Um escudo com um ponto de interrogação.

scams-4-title = Não tocar no link
scams-4-text =
    Tem dúvidas sobre uma mensagem?
    Não toque no link.
    Não responda.
    Apague a mensagem.
    Para verificar, abra por si o verdadeiro site do serviço.
scams-4-image = Um elo de corrente partido.
scams-4-tip = Também pode telefonar ao serviço, para o número escrito nos seus papéis.

scams-5-title = Denunciar um SMS falso
scams-5-text =
    Pode denunciar um SMS falso para o número 33700.
    Este serviço é gratuito.
    Carregue na mensagem sem largar e procure «Reencaminhar» («Transférer» em francês).
    Envie a mensagem para o 33700.
    O 33700 responde e pede o número do remetente.
    Envie esse número e depois apague a mensagem.
scams-5-image = Uma mensagem com uma seta para a frente.

scams-6-title = O falso funcionário do banco
scams-6-text =
    Alguém lhe telefona e diz que trabalha no seu banco.
    Fala de um pagamento estranho na sua conta.
    Pede-lhe para confirmar uma operação ou para dar um código.
    É uma burla, mesmo que o número que aparece seja o do seu banco.
    Desligue e depois telefone por si ao seu banco, para o número que conhece.
scams-6-image = Um telefone a desligar.
scams-6-caution = Um verdadeiro funcionário do banco nunca pede para confirmar uma operação ou dar um código.

scams-7-title = Deu o seu cartão bancário?
scams-7-text =
    Deu o seu cartão bancário ou um código?
    Telefone já ao seu banco para bloquear o seu cartão.
    A isto chama-se «faire opposition» (cancelar o cartão).
scams-7-image = Um banco com colunas.
scams-7-tip =
    Também pode bloquear o cartão pelo 0 892 705 705, de dia e de noite.
    Esta chamada é paga.
scams-7-caution = Cada minuto conta para proteger o seu dinheiro.

scams-7b-title = Proteger as suas contas e guardar a prova
scams-7b-text =
    Mude também as palavras-passe que deu.
    Guarde a mensagem recebida, como prova.
scams-7b-image = Um cadeado fechado.

scams-8-title = Pedir ajuda depois de uma burla
scams-8-text =
    Depois de uma burla na internet, vá ao site 17cyber.gouv.fr.
    O site diz-lhe o que fazer, de dia e de noite, de graça.
    Lá, pode escrever a um polícia ou a um gendarme.
    Também pode apresentar queixa na polícia ou na gendarmerie.
scams-8-image = Um círculo com um ponto de interrogação.
scams-8-tip =
    Foram feitas compras na internet com o seu cartão?
    Depois de cancelar o cartão, denuncie-as com o serviço Perceval, em service-public.fr.

scams-9-title = Já sabe proteger-se
scams-9-text =
    Muito bem, já sabe reconhecer uma burla.
    Desconfie das mensagens urgentes com um link.
    Guarde os seus códigos e o seu cartão bancário só para si.
    Se tiver dúvidas, apague a mensagem.
    Denuncie os SMS falsos para o 33700.
    Depois de uma burla, vá a 17cyber.gouv.fr.
scams-9-image = Um escudo com um visto.

scams-road-phone =
    Um SMS falso ou uma chamada falsa?
    Denuncie-o de graça por SMS, para o 33700.
scams-road-in-person =
    Pessoalmente, vá ao seu banco para bloquear o cartão.
    Vá à polícia ou à gendarmerie para apresentar queixa.
